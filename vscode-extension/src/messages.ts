// Every message the extension shows, in Danish, with what to do.
// Plain Node: no `vscode` import, so the wording is tested.
import type { Resolution } from './binary';
import type { VersionCheck } from './version';

export const ACTION_OPEN_SETTINGS = 'Åbn indstillinger';
export const ACTION_SHOW_HELP = 'Vis vejledning';
export const ACTION_SHOW_OUTPUT = 'Vis output';
export const ACTION_RESTART = 'Genstart serveren';

const INSTALL_HINT =
  'Installér planlint (byg det med ./scripts/build.sh i planlint-projektet), og læg programmet på PATH, ' +
  'eller skriv stien til det i indstillingen »planlint.path«.';

export function missingBinaryMessage(res: Extract<Resolution, { kind: 'missing' }>): string {
  if (res.reason === 'setting') {
    return (
      `Planlint: programmet i indstillingen »planlint.path« findes ikke eller kan ikke køres: ${res.configured ?? ''}. ` +
      'Ret stien i indstillingerne, eller slet indstillingen for at bruge planlint fra PATH. ' +
      'Farver og skabeloner virker stadig, men planerne bliver ikke kontrolleret.'
    );
  }
  return (
    'Planlint: programmet »planlint« blev ikke fundet – hverken på PATH eller i udvidelsen. ' +
    `${INSTALL_HINT} Farver og skabeloner virker stadig, men planerne bliver ikke kontrolleret.`
  );
}

export function versionProblemMessage(binary: string, check: Exclude<VersionCheck, { kind: 'ok' }>): string {
  switch (check.kind) {
    case 'too-old':
      return (
        `Planlint: ${binary} er version ${check.version}, men udvidelsen kræver mindst version ${check.minimum}. ` +
        'Opdatér planlint (hent den nyeste version og byg den igen), eller skriv stien til en nyere planlint i ' +
        'indstillingen »planlint.path«.'
      );
    case 'unknown':
      return (
        `Planlint: ${binary} svarede ikke med et versionsnummer på »--version«, så det er nok ikke planlint. ` +
        'Skriv stien til planlint i indstillingen »planlint.path«.'
      );
    case 'failed':
      return (
        `Planlint: ${binary} kunne ikke køres (${check.error}). ` +
        'Kontrollér, at filen er planlint, og at den må køres (chmod +x), eller skriv en anden sti i »planlint.path«.'
      );
  }
}

export function serverStartFailedMessage(detail: string): string {
  return (
    `Planlint: sprogserveren (»planlint lsp«) kunne ikke starte: ${detail}. ` +
    'Måske er planlint for gammel til at have en sprogserver; opdatér planlint, og vælg »Planlint: Genstart serveren«. ' +
    'Se detaljerne i outputpanelet »Planlint«.'
  );
}

export const SERVER_STOPPED_MESSAGE =
  'Planlint: sprogserveren stoppede uventet og er ikke startet igen. Vælg »Planlint: Genstart serveren«, ' +
  'og se outputpanelet »Planlint«, hvis det sker igen.';

export const NO_WORKSPACE_MESSAGE =
  'Planlint: Dagsordenen vises for en mappe med planer. Åbn mappen med planerne (Fil > Åbn mappe), og prøv igen.';

export function agendaUnsupportedMessage(binary: string, detail: string): string {
  return (
    `Planlint: ${binary} kender ikke kommandoen »planlint agenda«. Opdatér planlint til en version med dagsorden. ` +
    (detail ? `(${detail})` : '')
  ).trim();
}

export function agendaFailedMessage(detail: string): string {
  return `Planlint: Dagsordenen kunne ikke laves: ${detail || 'ukendt fejl'}.`;
}

export const FIX_ALL_NO_EDITOR_MESSAGE = 'Planlint: Åbn en plan (.plan) for at rette dens sikre fejl.';
export const FIX_ALL_UNTITLED_MESSAGE = 'Planlint: Gem planen først; så kan dens sikre fejl rettes.';
export const FIX_ALL_NOTHING_MESSAGE = 'Planlint: Der er ingen sikre rettelser i planen.';

export function fixAllDoneMessage(): string {
  return 'Planlint: De sikre rettelser er udført.';
}

export const FIX_ALL_CLI_DONE_MESSAGE = 'Planlint: De sikre rettelser er udført med »planlint check --fix«.';

export function fixAllFailedMessage(detail: string): string {
  return `Planlint: De sikre rettelser kunne ikke udføres: ${detail}.`;
}

export const AGENDA_TITLE = 'Planlint: Dagsorden';

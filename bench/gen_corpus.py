#!/usr/bin/env python3
"""Deterministic corpus of realistic, fictional plans for benchmarks.

    bench/gen_corpus.py OUT_DIR [--count N] [--seed S]
    bench/gen_corpus.py OUT_FILE --long-plan LINES [--seed S]


Plans are 5-15 KB of Danish text with æ, ø, å: children's and adults' plans with 2-6 goals,
sub-goals, evaluations and status reports. About a third carry mistakes (missing fields,
invalid dates, unknown fields, overdue evaluations) and some are typed without Danish
letters ("Maal", "Delmaal"). The same seed always gives the same files.

--long-plan writes one plan of at least LINES lines instead (many goals, for the language
server's latency benchmark in bench/run.sh).
"""
import argparse
import os
import random

NAMES = ["Asta", "Bo", "Cille", "Dagmar", "Emil", "Frida", "Gustav", "Hjørdis", "Ib", "Jonna", "Kaj", "Liv", "Mads",
         "Nanna", "Otto", "Pil", "Rasmus", "Sølve", "Tove", "Ulla", "Vagn", "Åse"]
TEAMS = ["Mette Hansen, Lars Holm", "Søren Ravn", "Birgitte Ø. Mørk, Jens Å. Lund", "Team Birken", "Team Egen"]
STATEMENTS = [
    "{n} tager selv sin trøje på om morgenen", "{n} spiser morgenmad ved bordet sammen med de andre",
    "{n} bruger sin talemaskine til at bede om en pause", "{n} leger med et andet barn i ti minutter",
    "{n} handler selv ind i Netto én gang om ugen", "{n} tager selv sin medicin fra doseringsæsken",
    "{n} går i svømmehallen hver torsdag", "{n} rydder selv op på sit værelse søndag aften",
    "{n} møder til tiden i værkstedet", "{n} deltager i fællesspisning i boenhedens køkken",
]
CRITERIA = [
    "{n} gør det uden fysisk hjælp mindst 5 af 7 dage i fire uger i træk.",
    "{n} gør det selv mindst tre gange om ugen i seks uger.",
    "Personalet registrerer, at {n} gør det mindst 8 af 10 gange i månedens skema.",
]
INTERVENTIONS = ["Piktogram med tre trin ved sengen; personalet guider kun verbalt.",
                 "Voksenstøttet aktivitet hver tirsdag og torsdag med faste rammer.",
                 "Ugeskema på køleskabet, som gennemgås med kontaktpersonen søndag aften."]
PROSE = ("{n} viser glæde ved rutiner og bliver urolig ved skift. Personalet møder {n} med ro og tydelige "
         "beskeder, og overgange forberedes med billeder. Forældre og netværk inddrages løbende. ")


def date(rng, year=2026, lo=1, hi=12):
    return f"{rng.randint(1, 28):02d}-{rng.randint(lo, hi):02d}-{year}"


def plan(rng, i, goals=None):
    n = NAMES[i % len(NAMES)]
    child = rng.random() < 0.6
    flawed = rng.random() < 0.35
    folded = rng.random() < 0.1
    maal, delmaal = ("Maal", "Delmaal") if folded else ("Mål", "Delmål")
    out = ["# Individuel plan", f"Borger: {n} (journal {1000 + i})", f"Område: {'børn' if child else 'voksne'}",
           f"Skabelon: {'ICS' if child else 'VUM'}", "Tilbud: Specialsektoren, afdeling Birken",
           f"Indskrevet: {date(rng, 2025)}", f"Kontaktteam: {rng.choice(TEAMS)}", "Revideret: 01-08-2026",
           "Næste revision: 01-02-2027", "", "## Handleplan", "Kommune: Aalborg Kommune",
           f"Lovgrundlag: {'Barnets lov § 91' if child else 'SEL § 141'}", "Dato: 10-01-2026",
           f"Formål: {n} får en stabil og forudsigelig hverdag med udvikling af sprog,",
           "  selvhjulpenhed og relationer til andre."]
    if goals is None:
        goals = rng.randint(2, 6)
    for h in range(1, goals + 1):
        out.append(f"- H{h}: {n} udvikler sig inden for område {h} med støtte fra personalet.")
    out += ["", "## Målgruppe", "Målgruppe: Borgere med betydelig og varig nedsat funktionsevne.",
            "Kategori: Kategori 3.", f"Støttebehov: {n} har brug for guidning i overgange.", "",
            "## Faglige tilgange og metoder", "- Struktureret pædagogik: dagsskema med piktogrammer.",
            "- Low arousal: personalet sænker stemmen.", "", "## Ønsker", f"{n} ønsker at komme i svømmehallen.", ""]
    for g in range(1, goals + 1):
        out.append(f"## {maal} {g}: {rng.choice(STATEMENTS).format(n=n)}")
        out.append(f"Handleplan: H{g}")
        if child and g <= 2:
            out.append(f"Tema: {'skole og uddannelse' if g == 1 else 'sociale relationer'}")
        if not (flawed and rng.random() < 0.3):
            out.append(f"Succeskriterium: {rng.choice(CRITERIA).format(n=n)}")
        out.append(f"Inddragelse: Aftalt med {n} og pårørende på mødet {date(rng, 2026, 1, 2)}.")
        out.append(f"Indsats: {rng.choice(INTERVENTIONS)}")
        out.append("Start: 01-02-2026")
        out.append("Slut: 31-02-2026" if flawed and rng.random() < 0.1 else "Slut: 31-12-2026")
        out.append("Evaluering: hver 3. måned")
        if flawed and rng.random() < 0.2:
            out.append("Succeskritierie: skrevet forkert")
        out.append("")
        out.append(PROSE.format(n=n) * rng.randint(1, 4))
        out.append("")
        for s in range(1, rng.randint(0, 2) + 1):
            out += [f"### {delmaal} {g}.{s}: {n} øver et delmål {s}", f"Handleplan: H{g}",
                    f"Succeskriterium: {rng.choice(CRITERIA).format(n=n)}", "Inddragelse: Aftalt med borgeren.",
                    f"Indsats: {rng.choice(INTERVENTIONS)}", "Start: 01-02-2026", "Slut: 30-11-2026",
                    "Evaluering: hver måned", ""]
        for month in (4, 7)[: rng.randint(1, 2)]:
            out += [f"### Evaluering 27-{month:02d}-2026", f"Kvalitativ: {n} gør fremskridt og viser stolthed.",
                    f"Kvantitativ: {rng.randint(1, 7)} af 7 dage; svarprocent {rng.randint(70, 95)} %.",
                    f"Beslutning: {rng.choice(['fortsæt', 'justér', 'fortsæt'])}", ""]
    out += ["## Status 10-07-2026", "Periode: 01-02-2026 til 30-06-2026", "Møde: 28-07-2026", "Sendt: 10-07-2026",
            f"Ressourcer og udfordringer: {n} er mere rolig om morgenen.",
            "Mål i perioden: " + ", ".join(f"Mål {g}" for g in range(1, goals + 1)),
            "Udførte indsatser: Piktogrammer og voksenstøttet leg.", f"Opnåede resultater: {n} når flere delmål.",
            "Fremadrettet: Målene fortsætter.", "Faglige tilgange og metoder: Struktureret pædagogik.",
            "Målgruppe og støttebehov: Uændret.", ""]
    text = "\n".join(out)
    while len(text.encode()) < 5000:
        text += "\n" + PROSE.format(n=n) + "\n"
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--long-plan", type=int, metavar="LINES")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.long_plan:
        goals = max(2, args.long_plan // 20)
        text = plan(rng, 0, goals)
        while text.count("\n") + 1 > args.long_plan and goals > 2:
            goals -= 1
            text = plan(random.Random(args.seed), 0, goals)
        while text.count("\n") + 1 < args.long_plan:
            text += "\n" + PROSE.format(n=NAMES[0])
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
        return
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        sub = os.path.join(args.out, f"afd{i % 20:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"plan{i:05d}.plan"), "w", encoding="utf-8") as f:
            f.write(plan(rng, i))


if __name__ == "__main__":
    main()

#!/usr/bin/env node
// Generates syntaxes/plan.tmLanguage.json, the TextMate grammar of the plan language
// (docs/plan-language.md; field names and values from linter/model/schema.cpp).
//
//   node scripts/build-grammar.mjs          write the grammar
//   node scripts/build-grammar.mjs --check  exit 1 when the committed grammar is out of date
//
// The regular expressions are built from the Danish words with the same tolerance as planlint:
// case-insensitive, "aa"/"oe"/"ae" for "å"/"ø"/"æ", "e" for "é", several spaces for one.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'syntaxes', 'plan.tmLanguage.json');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A keyword with planlint's tolerance; the grammar's regexes are all case-insensitive. */
function tol(word) {
  let re = '';
  for (const ch of word.toLowerCase()) {
    if (ch === 'å') re += '(?:å|aa)';
    else if (ch === 'ø') re += '(?:ø|oe)';
    else if (ch === 'æ') re += '(?:æ|ae)';
    else if (ch === 'é') re += '(?:é|e)';
    else if (ch === ' ') re += '[ \\t]+';
    else re += escape(ch);
  }
  return re;
}
const any = (words) => words.map(tol).join('|');

const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\d])';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\d])';

// --- Value formats (docs/plan-language.md, section 6) ---------------------------------------
const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'december', 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec',
];
const DATE =
  `${NOT_WORD_BEFORE}(?:\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}` +
  `|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.?[ \\t]+(?:${MONTHS.join('|')})\\.?[ \\t]+\\d{4})(?!\\d)`;

const UNIT = `(?:dage|dag|uger|uge|${tol('måneder')}|${tol('måned')}|${tol('år')}|kvartaler|kvartal)`;
const ORDINAL_WORDS = [
  'anden', 'andet', 'tredje', 'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende', 'tiende', 'tolvte',
  'fjortende',
];
const COUNT_WORDS = ['en', 'et', 'to', 'tre', 'fire', 'fem', 'seks', 'tolv', 'tyve'];
const INTERVAL =
  '(?:' +
  [
    `hvert?[ \\t]+(?:dag|uge|${tol('måned')}|${tol('år')}|kvartal|${tol('halvår')}|${tol('halve år')})`,
    `hvert?[ \\t]+\\d+\\.[ \\t]+${UNIT}`,
    `hvert?[ \\t]+(?:${ORDINAL_WORDS.join('|')})[ \\t]+${UNIT}`,
    `(?:dagligt?|ugentligt?|${tol('månedligt')}|${tol('månedlig')}|kvartalsvist?|${tol('halvårligt')}|` +
      `${tol('halvårlig')}|${tol('årligt')}|${tol('årlig')})`,
    `(?:\\d+|${COUNT_WORDS.join('|')})[ \\t]+gange?[ \\t]+(?:om[ \\t]+(?:${tol('året')}|${tol('måneden')}|ugen)|${tol('årligt')})`,
  ].join('|') +
  `)${NOT_WORD_AFTER}`;

const PLACEHOLDER = '<[^<>\\n]+>';
const GOAL_WORD = `${tol('Delmål')}|${tol('Mål')}`;

// --- Fields (linter/model/schema.cpp) ---------------------------------------------------------
const FIELDS = {
  date: ['Indskrevet', 'Revideret', 'Næste revision', 'Revision', 'Udskrevet', 'Dato', 'Start', 'Slut', 'Møde',
    'Sendt', 'Referat sendt', 'Referat'],
  dateRange: ['Periode'],
  interval: ['Evaluering'],
  handleplanRefs: ['Handleplan'],
  goalRefs: ['Mål i perioden'],
  text: ['Borger', 'Tilbuddet', 'Tilbud', 'Kontaktteam', 'Kontaktperson', 'Kommune', 'Lovgrundlag', 'Lovhjemmel',
    'Formål', 'Varighed', 'Sagsbehandler', 'Målgruppe og støttebehov', 'Målgruppe', 'Kategori', 'Støttebehov',
    'Begrundelse', 'Succeskriterium', 'Succeskriterier', 'Inddragelse', 'Indsatser', 'Indsats', 'Metoder', 'Metode',
    'Samarbejde', 'Ansvarlig', 'Kvalitativ', 'Kvantitativ', 'Deltagere', 'Ressourcer og udfordringer',
    'Udførte indsatser', 'Opnåede resultater', 'Fremadrettet', 'Faglige tilgange og metoder'],
};
const ENUMS = {
  area: { keys: ['Område'], values: ['børn og unge', 'børn', 'barn', 'unge', 'voksne', 'voksen'] },
  template: { keys: ['Skabelon'], values: ['ICS', 'VUM 2.0', 'VUM'] },
  decision: {
    keys: ['Beslutninger', 'Beslutning'],
    values: ['fortsættes', 'fortsætter', 'fortsæt', 'justeres', 'justering', 'justér', 'afsluttes', 'afsluttet', 'afslut'],
  },
  theme: {
    keys: ['Tema'],
    values: ['skole og uddannelse', 'sociale relationer', 'kommunikation', 'selvhjulpenhed', 'sundhed og trivsel',
      'familie og netværk', 'fritid', 'egenomsorg', 'praktiske opgaver i hjemmet', 'mobilitet', 'samfundsliv',
      'beskæftigelse', 'bolig'],
  },
};

// A field line: the key at the start of the line, a colon, then a space or the end of the line.
// Its value continues on the following indented lines (begin/while).
const CONTINUATION = '^[ \\t]+(?=\\S)';
function field(keys, type, valuePatterns) {
  return {
    name: `meta.field.${type}.plan`,
    begin: `(?i)^(${any(keys)})(:)(?=[ \\t]|$)`,
    beginCaptures: {
      1: { name: 'support.type.property-name.plan' },
      2: { name: 'punctuation.separator.key-value.plan' },
    },
    while: CONTINUATION,
    patterns: valuePatterns,
  };
}

// A whole value of one type, or the whole value marked invalid when it is not of that type.
function wholeValue(re, captures, invalidName) {
  return [
    { match: '\\G[ \\t]*$' },
    { match: `\\G[ \\t]*(${PLACEHOLDER})[ \\t]*$`, captures: { 1: { name: 'invalid.illegal.placeholder.plan' } } },
    { match: `(?i)\\G[ \\t]*${re}[ \\t]*$`, captures },
    { match: '\\G[ \\t]*(\\S.*?)[ \\t]*$', captures: { 1: { name: invalidName } } },
  ];
}

const enumPatterns = (values) =>
  wholeValue(`(${any(values)})`, { 1: { name: 'constant.language.enum.plan' } }, 'invalid.illegal.enum-value.plan');

// --- Headings (docs/plan-language.md, section 4) ----------------------------------------------
const HASHES = '^(#{1,6})[ \\t]+';
const headingCaptures = (kind, extra) => ({
  1: { name: 'punctuation.definition.heading.plan' },
  2: { name: `keyword.other.${kind}.plan` },
  ...extra,
});
function heading(kind, keywordRe, restRe, restCaptures, restPatterns) {
  const rule = {
    name: `markup.heading.${kind}.plan`,
    begin: `(?i)${HASHES}(${keywordRe})${restRe}`,
    beginCaptures: headingCaptures(kind, restCaptures),
    while: CONTINUATION,
  };
  if (restPatterns) rule.patterns = restPatterns;
  else rule.contentName = `entity.name.section.${kind}.plan`;
  return rule;
}

const OTHER_SECTIONS = ['Målgruppe', 'Faglige tilgange og metoder', 'Metoder', 'Borgerens ønsker', 'Ønsker',
  'Etiske dilemmaer', 'Bemærkninger', 'Noter'];

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Plan',
  scopeName: 'source.plan',
  fileTypes: ['plan'],
  comment: 'Generated by scripts/build-grammar.mjs from the plan language (docs/plan-language.md). Do not edit.',
  patterns: [
    { include: '#suppression' },
    { include: '#comment' },
    { include: '#heading' },
    { include: '#list-item' },
    { include: '#field' },
  ],
  repository: {
    suppression: {
      name: 'meta.suppression.plan',
      begin:
        '(?i)^(//)[ \\t]*(planlint)(?![\\p{L}\\p{M}\\d_])(?:[ \\t]*(:)[ \\t]*|(-)|[ \\t]+)?' +
        '(?:(ignorer-start|ignorer-slut|ignorer-fil|ignorer|disable-next-line|disable-file|disable|enable)' +
        '(?![\\p{L}\\p{M}\\d-])|([^\\s-]\\S*))?',
      beginCaptures: {
        1: { name: 'punctuation.definition.comment.plan' },
        2: { name: 'keyword.other.planlint.plan' },
        3: { name: 'punctuation.separator.key-value.plan' },
        4: { name: 'punctuation.separator.dash.plan' },
        5: { name: 'keyword.control.suppression.plan' },
        6: { name: 'invalid.illegal.suppression-command.plan' },
      },
      end: '$',
      patterns: [
        {
          match: '(?<=[ \\t])(--)(?:[ \\t]+(.*?))?[ \\t]*$',
          captures: {
            1: { name: 'punctuation.separator.reason.plan' },
            2: { name: 'string.unquoted.reason.plan' },
          },
        },
        { match: `(?i)${NOT_WORD_BEFORE}PL\\d+(?![\\w-])`, name: 'constant.language.rule-code.plan' },
        { match: '[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*', name: 'constant.other.rule-name.plan' },
        { match: ',', name: 'punctuation.separator.comma.plan' },
      ],
    },
    comment: {
      match: '^(//)(.*)$',
      name: 'comment.line.double-slash.plan',
      captures: { 1: { name: 'punctuation.definition.comment.plan' } },
    },
    heading: {
      patterns: [
        heading('document', tol('Individuel plan'), NOT_WORD_AFTER),
        heading('handleplan', any(['Handleplan', 'Barnets plan', 'Ungeplan']), NOT_WORD_AFTER),
        heading(
          'subgoal',
          tol('Delmål'),
          `${NOT_WORD_AFTER}(?:[ \\t]+(\\d+\\.\\d+)(?![\\d.]*\\d))?[ \\t]*(?:(:)|(\\.)|(-)(?=[ \\t]))?[ \\t]*`,
          {
            3: { name: 'constant.numeric.subgoal-number.plan' },
            4: { name: 'punctuation.separator.heading.plan' },
            5: { name: 'punctuation.separator.heading.plan' },
            6: { name: 'punctuation.separator.heading.plan' },
          },
        ),
        heading(
          'goal',
          tol('Mål'),
          `${NOT_WORD_AFTER}(?:[ \\t]+(\\d+)(?![\\d]))?[ \\t]*(?:(:)|(\\.)(?!\\d)|(-)(?=[ \\t]))?[ \\t]*`,
          {
            3: { name: 'constant.numeric.goal-number.plan' },
            4: { name: 'punctuation.separator.heading.plan' },
            5: { name: 'punctuation.separator.heading.plan' },
            6: { name: 'punctuation.separator.heading.plan' },
          },
        ),
        heading('evaluation', 'Evaluering', NOT_WORD_AFTER, {}, [{ include: '#date' }]),
        heading('status', 'Status', NOT_WORD_AFTER, {}, [{ include: '#date' }]),
        heading('section', any(OTHER_SECTIONS), NOT_WORD_AFTER),
        {
          name: 'markup.heading.unknown.plan',
          begin: `${HASHES}(?=\\S)`,
          beginCaptures: { 1: { name: 'punctuation.definition.heading.plan' } },
          while: CONTINUATION,
          contentName: 'entity.name.section.unknown.plan',
        },
      ],
    },
    'list-item': {
      patterns: [
        {
          name: 'markup.list.unnumbered.plan meta.handleplan-goal.plan',
          begin: '(?i)^([-*])[ \\t]+(H\\d+)(:)(?=[ \\t]|$)',
          beginCaptures: {
            1: { name: 'punctuation.definition.list.begin.plan' },
            2: { name: 'constant.other.handleplan-id.plan' },
            3: { name: 'punctuation.separator.key-value.plan' },
          },
          while: CONTINUATION,
          patterns: [{ include: '#inline' }],
        },
        {
          name: 'markup.list.unnumbered.plan',
          begin: '^([-*])(?=[ \\t])',
          beginCaptures: { 1: { name: 'punctuation.definition.list.begin.plan' } },
          while: CONTINUATION,
          patterns: [{ include: '#inline' }],
        },
      ],
    },
    field: {
      patterns: [
        field(FIELDS.dateRange, 'date-range', [
          ...wholeValue(
            `(${DATE})[ \\t]+(til|-|–)[ \\t]+(${DATE})(\\.)?`,
            {
              1: { name: 'constant.numeric.date.plan' },
              2: { name: 'keyword.operator.range.plan' },
              3: { name: 'constant.numeric.date.plan' },
              4: { name: 'punctuation.terminator.plan' },
            },
            'invalid.illegal.date-range.plan',
          ),
        ]),
        // `Mål` or `Delmål` and the numbers after it, until the next `Mål`/`Delmål`; a number
        // without the word before it (`1, 2`) cannot be read.
        field(FIELDS.goalRefs, 'goal-references', [
          { include: '#placeholder' },
          {
            begin: `(?i)${NOT_WORD_BEFORE}(${GOAL_WORD})${NOT_WORD_AFTER}`,
            beginCaptures: { 1: { name: 'keyword.other.goal-reference.plan' } },
            end: `(?i)(?=${NOT_WORD_BEFORE}(?:${GOAL_WORD})${NOT_WORD_AFTER})|$`,
            patterns: [
              { match: `${NOT_WORD_BEFORE}\\d+\\.\\d+(?![\\d.]*\\d)`, name: 'constant.numeric.subgoal-number.plan' },
              { match: `${NOT_WORD_BEFORE}\\d+(?![\\d.]*\\d)`, name: 'constant.numeric.goal-number.plan' },
              { include: '#reference-separators' },
            ],
          },
          { include: '#reference-separators' },
        ]),
        field(FIELDS.date, 'date', [
          ...wholeValue(
            `(${DATE})(\\.)?`,
            { 1: { name: 'constant.numeric.date.plan' }, 2: { name: 'punctuation.terminator.plan' } },
            'invalid.illegal.date.plan',
          ),
        ]),
        field(FIELDS.interval, 'interval', [
          ...wholeValue(
            `(${INTERVAL})(\\.)?`,
            { 1: { name: 'constant.other.interval.plan' }, 2: { name: 'punctuation.terminator.plan' } },
            'invalid.illegal.interval.plan',
          ),
        ]),
        field(FIELDS.handleplanRefs, 'handleplan-references', [
          { include: '#placeholder' },
          { match: `(?i)${NOT_WORD_BEFORE}H\\d+${NOT_WORD_AFTER}`, name: 'constant.other.handleplan-id.plan' },
          { include: '#reference-separators' },
        ]),
        field(ENUMS.area.keys, 'enum', enumPatterns(ENUMS.area.values)),
        field(ENUMS.template.keys, 'enum', enumPatterns(ENUMS.template.values)),
        field(ENUMS.decision.keys, 'enum', enumPatterns(ENUMS.decision.values)),
        field(ENUMS.theme.keys, 'enum', enumPatterns(ENUMS.theme.values)),
        field(FIELDS.text, 'text', [{ include: '#inline' }]),
      ],
    },
    'reference-separators': {
      patterns: [
        { match: `(?i)${NOT_WORD_BEFORE}(?:og|samt)${NOT_WORD_AFTER}|&`, name: 'keyword.operator.conjunction.plan' },
        { match: '[,;]', name: 'punctuation.separator.reference.plan' },
        { match: '\\.(?=[ \\t]*$)', name: 'punctuation.terminator.plan' },
        { match: '[^\\s,;]+', name: 'invalid.illegal.reference.plan' },
      ],
    },
    inline: {
      patterns: [{ include: '#date' }, { include: '#placeholder' }],
    },
    date: {
      match: `(?i)${DATE}`,
      name: 'constant.numeric.date.plan',
    },
    placeholder: {
      match: PLACEHOLDER,
      name: 'invalid.illegal.placeholder.plan',
    },
  },
};

const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    console.error('syntaxes/plan.tmLanguage.json is out of date: run `npm run grammar`.');
    process.exit(1);
  }
  console.log('syntaxes/plan.tmLanguage.json is up to date.');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}

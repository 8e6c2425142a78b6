// The plan language: line structure.
//
// Tokens are coarse and line-oriented. They come from the hand-written scanner in
// linter/syntax/scanner.cpp (ANTLR's own lexer is 5-20x too slow on Danish text, see
// docs/architecture.md); the token types declared here are the contract between the two.
//
// Every construct owns the indented continuation lines that follow it, so a CONT token
// can only ever be consumed by the construct right before it: the grammar is unambiguous
// and parses in SLL mode without full-context retries. Section nesting (goal > sub-goal >
// evaluation) is decided from heading kinds and levels by the model builder, which gives
// better diagnostics than syntax errors would.
parser grammar PlanParser;

// Rule contexts come from a per-thread pool (grammar/plan_context.h); nothing else changes.
options { contextSuperClass = PlanRuleContext; }

@parser::postinclude {
#include "plan_context.h"
}

tokens {
  HEADING_MARK, // "#".."######" at the start of a line
  HEADING_TEXT, // the rest of a heading line, trimmed
  KEY,          // "Succeskriterium" in "Succeskriterium: ..."
  VALUE,        // the text after "Key:", trimmed (absent when empty)
  ITEM_MARK,    // "-" or "*" starting a list item
  ITEM_ID,      // "H1" in "- H1: ..."
  ITEM_TEXT,    // the text of a list item
  TEXT,         // a free-text line
  CONT,         // an indented line: continues the construct above it
  COMMENT,      // "// ..." on a line of its own
  SUPPRESSION,  // "// planlint-..." on a line of its own
  NL            // end of line (also emitted for a last line without a newline)
}

// Indented lines before anything else continue nothing; they are kept so the model builder
// can report them.
plan        : continuation* line* section* EOF ;

section     : heading line* ;

heading     : HEADING_MARK HEADING_TEXT? NL continuation* ;

line        : field
            | item
            | textLine
            | comment
            | suppression
            | blank
            ;

field       : KEY VALUE? NL continuation* ;

item        : ITEM_MARK ITEM_ID? ITEM_TEXT? NL continuation* ;

textLine    : TEXT NL continuation* ;

comment     : COMMENT NL continuation* ;

suppression : SUPPRESSION NL continuation* ;

blank       : NL continuation* ;

continuation: CONT NL ;

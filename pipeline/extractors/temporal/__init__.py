"""French temporal expressions: grammar (data), context, handlers (pure normalisers), resolution.

`pipeline.extractors.dates` is the public entry point; this package holds its parts:
lexicon.py (data loading), grammar.py (candidate finder over data/dates/patterns.toml),
context.py (prepositions, tense, `aujourd'hui`), calendar.py (TIMEX3 values and bounds),
reading.py (Reading/Ctx, year inference), handlers_*.py (one function per pattern family;
handlers_relative.py: dates counted from another date, bare days of the month),
fallback.py (dateparser for the long tail), english.py (text_en), resolve.py (one document).
"""

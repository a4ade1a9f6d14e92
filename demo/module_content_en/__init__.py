"""The demo modules in English, one file per module, each mirroring its Indonesian content in
demo/module_content.py place for place (same lessons, blocks, questions and choices in the same
order), so demo/english_modules.py can store each English text as the translation of the
Indonesian text at the same place."""

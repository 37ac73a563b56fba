#!/usr/bin/env python3
"""Fill translations/leadopp_*.ts from the table in translations/phrasebook.tsv.

The table has one row per source text and one column per language (header: source, then
language codes). A message takes the cell of its source text whatever its context, since a
text means the same everywhere in this program. Cells use \\n, \\t and \\\\ escapes; the
plural forms of a numerus message are separated by " ## " (one form in Japanese, two in
the European languages, as Qt's plural rules for them have). An empty cell leaves the
catalogue's translation as it is; a message without a row stays unfinished and is listed.

Run translations/refresh_ts.py first (or the update_translations target) so the catalogues
hold every message of the sources, then this script, then check with
`translations/refresh_ts.py --check`.

Usage: translations/fill_ts.py [--table PATH]
"""
import argparse
import csv
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import refresh_ts  # noqa: E402  (same folder; shares the writer so the format stays one)

ROOT = refresh_ts.ROOT
FORM_SEPARATOR = ' ## '
PLURAL_FORMS = {'ja': 1, 'zh': 1, 'ko': 1}  # languages without a plural; others have two


def unescape(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def read_table(path):
    """{language: {source: [forms]}} for every non-empty cell."""
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    languages = rows[0][1:]
    table = {language: {} for language in languages}
    for row in rows[1:]:
        source = unescape(row[0])
        for language, cell in zip(languages, row[1:]):
            if cell:
                table[language][source] = [unescape(f) for f in cell.split(FORM_SEPARATOR)]
    return table


def set_translation(message, forms):
    translation = message.find('translation')
    translation.attrib.pop('type', None)
    for child in list(translation):
        translation.remove(child)
    if message.get('numerus') == 'yes':
        translation.text = None
        for form in forms:
            ET.SubElement(translation, 'numerusform').text = form
    else:
        translation.text = forms[0]


def fill(ts_path, cells):
    root = ET.parse(ts_path).getroot()
    language = re.sub(r'.*leadopp_(\w+)\.ts$', r'\1', ts_path)
    expected_forms = PLURAL_FORMS.get(language, 2)
    contexts, problems = {}, []
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            forms = cells.get(source)
            numerus = message.get('numerus') == 'yes'
            if forms is not None and len(forms) == (expected_forms if numerus else 1):
                set_translation(message, forms)
            elif forms is not None:
                problems.append(f'{len(forms)} forms for "{source}"')
            elif message.find('translation').get('type') == 'unfinished':
                problems.append(f'no row for "{source}" ({name})')
            contexts.setdefault(name, {})[source] = message
    refresh_ts.write(ts_path, root.get('language'), contexts)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--table', default=os.path.join(ROOT, 'translations', 'phrasebook.tsv'))
    args = parser.parse_args()
    table = read_table(args.table)
    failed = False
    for ts_path in sorted(glob.glob(os.path.join(ROOT, 'translations', 'leadopp_*.ts'))):
        language = re.sub(r'.*leadopp_(\w+)\.ts$', r'\1', ts_path)
        problems = fill(ts_path, table.get(language, {}))
        for problem in problems:
            print(f'{os.path.relpath(ts_path, ROOT)}: {problem}', file=sys.stderr)
        failed = failed or bool(problems)
        print(f'{os.path.relpath(ts_path, ROOT)}: {len(problems)} left to translate')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

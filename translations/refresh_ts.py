#!/usr/bin/env python3
"""Refresh translations/leadopp_*.ts from the sources, under the contexts used at run time.

lupdate names a tr() context after the class as written, so a Q_OBJECT class declared in
`namespace leadopp::ui {` lands in "MainWindow" while moc's tr() asks for
"leadopp::ui::MainWindow", and a file-local `QString tr(const char *)` helper forwarding
to QCoreApplication::translate("Ctx", ...) lands in the enclosing namespace. This script
runs lupdate, moves every message to its run-time context, keeps existing translations
(matched by context and source, else by source alone) and keeps hand-added messages
whose source text still appears verbatim in a source file.

Usage: translations/refresh_ts.py [--lupdate PATH]   (then translations/fill_ts.py)
       translations/refresh_ts.py --check [--lupdate PATH]
With --check nothing is written: it fails when a catalogue differs from what a refresh would
write (it is out of date with the sources) or holds an unfinished message.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_DIRS = ('app', 'ui')


def default_lupdate():
    try:
        bins = subprocess.run(['qtpaths6', '--query', 'QT_HOST_BINS'], capture_output=True,
                              text=True, check=True).stdout.strip()
        return os.path.join(bins, 'lupdate')
    except (OSError, subprocess.CalledProcessError):
        return 'lupdate'


def qobject_namespaces():
    """Class name -> namespace for every Q_OBJECT class declared in a header."""
    found = {}
    for header in glob.glob(os.path.join(ROOT, '*', '**', '*.h'), recursive=True):
        with open(header, encoding='utf-8') as f:
            text = f.read()
        if 'Q_OBJECT' not in text:
            continue
        namespace = None
        for line in text.splitlines():
            m = re.match(r'namespace ([\w:]+) \{', line)
            if m:
                namespace = m.group(1)
            m = re.match(r'class (\w+)( final)?\s*:\s*public', line)
            if m and namespace:
                found.setdefault(m.group(1), namespace)
    return found


def runtime_context(context, path, namespaces, cache={}):
    if path.endswith('.ui'):
        return context  # uic uses the .ui class name as written
    if path not in cache:
        with open(path, encoding='utf-8') as f:
            cache[path] = f.read()
    text = cache[path]
    literal = r'(translate|TRANSLATE_N?_?NOOP\d?)\(\s*"' + re.escape(context) + '"'
    if re.search(literal, text):
        return context
    helper = re.search(r'QString tr\(const char[^{]*\{\s*return QCoreApplication::translate\('
                       r'\s*"([^"]+)"', text)
    if helper:
        return helper.group(1)
    if context in namespaces:
        return namespaces[context] + '::' + context
    print(f'warning: no run-time context for "{context}" in {path}', file=sys.stderr)
    return context


def scan(lupdate):
    """[(context, message element)] found in the sources, in lupdate's order."""
    namespaces = qobject_namespaces()
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, 'scan.ts')
        subprocess.run([lupdate, '-locations', 'absolute', '-no-obsolete', *SOURCE_DIRS,
                        '-ts', ts], cwd=ROOT, check=True, capture_output=True)
        root = ET.parse(ts).getroot()
        found = []
        for context in root.iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                files = {os.path.normpath(os.path.join(tmp, loc.get('filename')))
                         for loc in message.iter('location')}
                for loc in message.findall('location'):
                    message.remove(loc)
                for ctx in sorted({runtime_context(name, f, namespaces) for f in files}):
                    found.append((ctx, message))
        return found


def source_corpus():
    chunks = []
    for directory in SOURCE_DIRS:
        for path in glob.glob(os.path.join(ROOT, directory, '**', '*.*'), recursive=True):
            if path.endswith(('.cpp', '.h', '.ui')):
                with open(path, encoding='utf-8') as f:
                    chunks.append(f.read())
    return '\n'.join(chunks)


def refresh(ts_path, found, corpus):
    old = ET.parse(ts_path).getroot() if os.path.exists(ts_path) else ET.Element('TS')
    by_key, by_source = {}, {}
    for context in old.iter('context'):
        for message in context.iter('message'):
            key = (context.findtext('name'), message.findtext('source'))
            by_key[key] = message
            by_source.setdefault(key[1], message)
    language = old.get('language') or re.sub(r'.*leadopp_(\w+)\.ts$', r'\1', ts_path)
    # English is the source language: its catalogue holds only the plural forms of "%n"
    # messages ("1 warning", "2 warnings" for "%n warning(s)"), as lupdate -pluralonly makes.
    wanted = (lambda m: m.get('numerus') == 'yes') if language == 'en' else (lambda m: True)
    contexts = {}
    for ctx, message in found:
        if not wanted(message):
            continue
        source = message.findtext('source')
        previous = by_key.get((ctx, source)) or by_source.get(source)
        if previous is not None and previous.get('numerus') == message.get('numerus'):
            message = previous
        contexts.setdefault(ctx, {}).setdefault(source, message)
    for (ctx, source), message in by_key.items():
        if source not in contexts.get(ctx, {}) and source in corpus and wanted(message):
            contexts.setdefault(ctx, {})[source] = message
    write(ts_path, language, contexts)
    return sum(1 for c in contexts.values() for m in c.values()
               if m.find('translation').get('type') == 'unfinished')


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace("'", '&apos;').replace('"', '&quot;'))


def write(path, language, contexts):
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>',
           f'<TS version="2.1" language="{language}">']
    for ctx in sorted(contexts):
        out += ['<context>', f'    <name>{escape(ctx)}</name>']
        for source, message in contexts[ctx].items():
            translation = message.find('translation')
            numerus = message.get('numerus') == 'yes'
            out.append('    <message numerus="yes">' if numerus else '    <message>')
            out.append(f'        <source>{escape(source)}</source>')
            unfinished = ' type="unfinished"' if translation.get('type') == 'unfinished' else ''
            forms = [f.text or '' for f in translation.iter('numerusform')]
            if numerus and forms:
                out.append(f'        <translation{unfinished}>')
                out += [f'            <numerusform>{escape(f)}</numerusform>' for f in forms]
                out.append('        </translation>')
            else:
                text = translation.text or ''
                out.append(f'        <translation{unfinished}>{escape(text)}</translation>')
            out.append('    </message>')
        out.append('</context>')
    out.append('</TS>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def check(found, corpus):
    """Refreshes copies of the catalogues; returns the problems found."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts_path in sorted(glob.glob(os.path.join(ROOT, 'translations', 'leadopp_*.ts'))):
            name = os.path.relpath(ts_path, ROOT)
            copy = os.path.join(tmp, os.path.basename(ts_path))
            shutil.copyfile(ts_path, copy)
            unfinished = refresh(copy, found, corpus)
            with open(ts_path, encoding='utf-8') as a, open(copy, encoding='utf-8') as b:
                if a.read() != b.read():
                    problems.append(f'{name} is out of date with the sources: run the '
                                    'update_translations target and translations/fill_ts.py')
            if unfinished:
                problems.append(f'{name} has {unfinished} unfinished messages')
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--lupdate', default=default_lupdate())
    parser.add_argument('--check', action='store_true',
                        help='write nothing; fail on an out-of-date or unfinished catalogue')
    args = parser.parse_args()
    found = scan(args.lupdate)
    corpus = source_corpus()
    if args.check:
        problems = check(found, corpus)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for ts_path in sorted(glob.glob(os.path.join(ROOT, 'translations', 'leadopp_*.ts'))):
        unfinished = refresh(ts_path, found, corpus)
        print(f'{os.path.relpath(ts_path, ROOT)}: {unfinished} unfinished')
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Size rules of the production code (app/, ui/): no file over 300 lines, no function over 40.

usage: size_rules.py [--max-file N] [--max-function N] [--self-test] PATH...

PATH is a file or a folder searched for .cpp and .h files. Prints one line per offender and
exits 1 when there is any, 0 otherwise.

A function is found the way .clang-format lays it out: its opening brace stands alone on a
line (BraceWrapping AfterFunction), and so does a class's, which is told apart by its head.
The function runs from the first line of its signature to its closing brace, found by
counting braces outside comments, strings and character literals.
"""
import argparse
import pathlib
import re
import sys

CLASS_HEAD = re.compile(r'^\s*(template\s*<.*>\s*)?(class|struct|union|enum)\b')
SIGNATURE_STOP = re.compile(r'(;|\{|\}|^\s*#.*|^\s*//.*|^\s*|\*/)$')


def code_only(text):
    """The text with comments, strings and character literals blanked out, lines kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith('//', i):
            end = text.find('\n', i)
            i = n if end < 0 else end
        elif text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append('\n' * text.count('\n', i, end))
            i = end
        elif text.startswith('R"', i):
            match = re.match(r'R"([^(]*)\(', text[i:])
            closing = ')' + match.group(1) + '"' if match else '"'
            end = text.find(closing, i + 2)
            end = n if end < 0 else end + len(closing)
            out.append('""' + '\n' * text.count('\n', i, end))
            i = end
        elif text[i] in '"\'':
            quote, j = text[i], i + 1
            while j < n and text[j] != quote and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(quote * 2)
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def closing_line(lines, first):
    """The index of the line that closes the brace opened on lines[first]."""
    depth = 0
    for index in range(first, len(lines)):
        for char in lines[index]:
            depth += char == '{'
            depth -= char == '}'
            if depth == 0:
                return index
    return len(lines) - 1


def signature_start(lines, brace):
    """The first line of the head that ends just above the brace on lines[brace]."""
    start = brace
    while start > 0 and not SIGNATURE_STOP.search(lines[start - 1].rstrip()):
        start -= 1
    return start


def long_functions(path, text, limit):
    lines = code_only(text).split('\n')
    offenders = []
    for index, line in enumerate(lines):
        if line.strip() != '{' or index == 0:
            continue
        start = signature_start(lines, index)
        head = ' '.join(lines[start:index])
        if CLASS_HEAD.search(head) or '(' not in head:
            continue
        end = closing_line(lines, index)
        length = end - start + 1
        if length > limit:
            name = re.sub(r'\s+', ' ', head.split('(')[0]).strip().split(' ')[-1]
            offenders.append(f'{path}:{start + 1}: function {name} has {length} lines '
                             f'(at most {limit})')
    return offenders


def sources(paths):
    for path in map(pathlib.Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob('*') if p.suffix in ('.cpp', '.h'))
        else:
            yield path


def function_of(lines, head='int f(int a)'):
    body = ['    a += 1;'] * (lines - 3)
    return '\n'.join([head, '{'] + body + ['}']) + '\n'


def self_test():
    """The rule catches what it should and only that; returns the failures."""
    cases = [
        ('41 lines', function_of(41), 1),
        ('40 lines', function_of(40), 0),
        ('a long member', function_of(45, 'QString Widget::label(\n    int a) const'), 1),
        ('a constructor with braced initialisers',
         function_of(42, 'Widget::Widget()\n    : m_a { 1 }\n    , m_b(2)'), 1),
        ('a long class', 'class Widget\n{\n' + '    int a;\n' * 50 + '};\n', 0),
        ('braces in strings and comments',
         function_of(12).replace('a += 1;', 'f("{"); // }', 3) + function_of(41), 1),
    ]
    failures = []
    for name, text, expected in cases:
        found = long_functions(name, text, 40)
        if len(found) != expected:
            failures.append(f'self-test: {name}: {len(found)} offender(s), {expected} expected')
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--max-file', type=int, default=300)
    parser.add_argument('--max-function', type=int, default=40)
    parser.add_argument('--self-test', action='store_true',
                        help='check the rule on samples before the paths')
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    offenders = self_test() if args.self_test else []
    for path in sources(args.paths):
        text = path.read_text(encoding='utf-8')
        count = text.count('\n') + (0 if text.endswith('\n') or not text else 1)
        if count > args.max_file:
            offenders.append(f'{path}: {count} lines (at most {args.max_file})')
        offenders += long_functions(path, text, args.max_function)
    for offender in offenders:
        print(offender)
    return 1 if offenders else 0


if __name__ == '__main__':
    sys.exit(main())

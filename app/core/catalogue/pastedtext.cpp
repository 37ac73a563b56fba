#include "core/catalogue/pastedtext.h"

#include "core/catalogue/fieldkinds.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace leadopp::core {

namespace {

PastedText refused(const QString &why)
{
    return { QJsonValue(QJsonValue::Undefined), why };
}

QString withoutTrailingLineBreak(QString text)
{
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

PastedText pastedChoice(const FieldSpec &spec, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const QString &code : spec.enumValues) {
        if (code.compare(wanted, Qt::CaseInsensitive) == 0
            || FieldCatalogue::enumLabel(spec, code).compare(wanted, Qt::CaseInsensitive) == 0)
            return { QJsonValue(code), {} };
    }
    return refused(QCoreApplication::translate("Paste", "“%1” is not one of the choices for %2.")
                       .arg(wanted, FieldCatalogue::label(spec)));
}

// Whether a cell ends at `at`: at a tab, a line break ("\n", "\r\n", a "\r" that ends the
// text) or the end. A "\r" inside a line is text.
bool endsCell(QStringView text, qsizetype at)
{
    if (at == text.size() || text.at(at) == u'\t' || text.at(at) == u'\n')
        return true;
    return text.at(at) == u'\r' && (at + 1 == text.size() || text.at(at + 1) == u'\n');
}

// A cell in quotes, as Excel, LibreOffice and Google Sheets copy a cell holding a line
// break, a tab or a quote: "…", each quote inside doubled. Returns its text and moves `at`
// past it; nothing when the text at `at` is not such a cell, or needed no quotes (a cell
// that reads "Acme" with its quotes is copied as it stands, and is kept as it stands).
std::optional<QString> quotedCell(QStringView text, qsizetype &at)
{
    if (at >= text.size() || text.at(at) != u'"')
        return std::nullopt;
    QString cell;
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text.at(i) != u'"') {
            cell.append(text.at(i));
        } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
            cell.append(u'"');
            ++i;
        } else {
            const bool needsQuotes = std::any_of(cell.cbegin(), cell.cend(), [](QChar c) {
                return c == u'\n' || c == u'\r' || c == u'\t' || c == u'"';
            });
            if (!needsQuotes || !endsCell(text, i + 1))
                return std::nullopt;
            at = i + 1;
            return cell;
        }
    }
    return std::nullopt; // never closed
}

// The cell at `at`, moving `at` to what ends it.
QString nextCell(QStringView text, qsizetype &at)
{
    if (std::optional<QString> quoted = quotedCell(text, at))
        return *quoted;
    const qsizetype start = at;
    while (!endsCell(text, at))
        ++at;
    return text.sliced(start, at - start).toString();
}

} // namespace

PastedText pastedText(const FieldSpec &spec, QString text)
{
    text = withoutTrailingLineBreak(std::move(text));
    const KindTraits &traits = kindTraits(spec.kind);
    if (text.trimmed().isEmpty())
        return refused(QCoreApplication::translate("Paste", "The clipboard holds no text."));
    if (text.contains(u'\t'))
        return refused(QCoreApplication::translate(
            "Paste", "The clipboard holds several cells or lines; paste one value at a time."));
    // A list takes an item a line; any other field one line (a spreadsheet's cell may hold
    // several).
    if (!traits.list && (text.contains(u'\n') || text.contains(u'\r')))
        return refused(QCoreApplication::translate(
                           "Paste", "%1 takes a single line; the text holds line breaks.")
                           .arg(FieldCatalogue::label(spec)));
    if (text.size() > kMaxTextLength)
        return refused(
            QCoreApplication::translate("Editors", "This field takes at most %1 characters.")
                .arg(QLocale().toString(kMaxTextLength)));
    if (traits.choice && !traits.list)
        return pastedChoice(spec, text);
    return { textValue(spec, text), {} };
}

QList<QStringList> clipboardCells(const QString &text)
{
    QList<QStringList> rows { QStringList() };
    qsizetype at = 0;
    for (;;) {
        rows.last().append(nextCell(text, at));
        if (at >= text.size())
            break;
        if (text.at(at) == u'\t') {
            ++at;
            continue;
        }
        at += text.sliced(at).startsWith(u"\r\n") ? 2 : 1;
        rows.append(QStringList());
    }
    // A block ends with its last row that holds something: an editor's blank lines after
    // it would add empty rows.
    const auto blank = [](const QStringList &row) {
        return std::all_of(row.cbegin(), row.cend(), [](const QString &cell) {
            return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
        });
    };
    while (!rows.isEmpty() && blank(rows.last()))
        rows.removeLast();
    return rows;
}

} // namespace leadopp::core

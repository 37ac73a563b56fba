#include "core/catalogue/pastedtext.h"

#include "core/catalogue/fieldkinds.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

bool holdsSeveralValues(const QString &text, const KindTraits &traits)
{
    return text.contains(u'\t') || (!traits.list && (text.contains(u'\n') || text.contains(u'\r')));
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

} // namespace

PastedText pastedText(const FieldSpec &spec, QString text)
{
    text = withoutTrailingLineBreak(std::move(text));
    const KindTraits &traits = kindTraits(spec.kind);
    if (text.trimmed().isEmpty())
        return refused(QCoreApplication::translate("Paste", "The clipboard holds no text."));
    if (holdsSeveralValues(text, traits))
        return refused(QCoreApplication::translate(
            "Paste", "The clipboard holds several cells or lines; paste one value at a time."));
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
    QList<QStringList> rows;
    QStringList lines = text.split(u'\n');
    // A block ends with its last row that holds something: an editor's blank lines after
    // it would add empty rows.
    const auto blank = [](const QString &line) {
        return std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); });
    };
    while (!lines.isEmpty() && blank(lines.last()))
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        rows.append(line.split(u'\t'));
    }
    return rows;
}

} // namespace leadopp::core

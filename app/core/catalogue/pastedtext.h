#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::core {

/// What pasting a text into a field stores, or why nothing is.
struct PastedText {
    QJsonValue value = QJsonValue(QJsonValue::Undefined); ///< Undefined when refused
    QString refusal; ///< why nothing is stored, in the rep's language; empty when pasted
};

/// Pasting is typing the clipboard's text in one go: the value is what textValue() makes of
/// it, with two differences. The line break a spreadsheet puts after a copied cell is
/// dropped; and a single choice takes its label (in the rep's language) or its code, in
/// any case, since a choice is picked, not typed. Refused: no text, several cells, line
/// breaks where one line goes, more text than a field takes, a choice the field lacks.
PastedText pastedText(const FieldSpec &spec, QString text);

/// The cells of a clipboard's text as a spreadsheet copies a block: a line a row ("\r\n"
/// read as one; blank lines after the last row dropped), its cells split at tabs. A cell
/// the spreadsheet put in quotes because it holds a line break, a tab or a quote ("a ""b""
/// c") is read back as its text; quotes that were not such quoting are kept as they are.
/// Plain text is one row of one cell; blank text, no rows. Rows may differ in length.
QList<QStringList> clipboardCells(const QString &text);

} // namespace leadopp::core

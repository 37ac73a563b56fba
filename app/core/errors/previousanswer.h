#pragma once

#include "core/errors/fielderror.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace leadopp::core {

/// Server errors of an earlier answer that a later one left standing. A 406 answers before
/// the API's field rules run, so the field errors of the 400 before it still hold; they stay
/// on screen marked with a note, and in the draft file without it (the note is added in the
/// language of whoever opens the file).

/// "(from the previous answer)", translated.
QString previousAnswerNote();

/// True for an error that carries the note.
bool isFromPreviousAnswer(const FieldError &error);

/// `error` with the note appended once.
FieldError markedFromPreviousAnswer(FieldError error);

/// The errors as the draft file keeps them: the server's message without the note.
QJsonArray previousAnswerErrorsToJson(const QList<FieldError> &errors);

/// The errors a draft file keeps, marked; entries without a message are skipped.
QList<FieldError> previousAnswerErrorsFromJson(const QJsonArray &array);

} // namespace leadopp::core

#pragma once

#include "core/catalogue/formposition.h"
#include "core/errors/fielderror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace leadopp::core {

/// The entries one mapping finds, in body order, each with its place in the form; merged
/// and ordered once the body is walked. Kept as the final list plus a compact list of
/// places, so a large body's entries are neither copied into a second list nor moved
/// while sorted.
class MappedEntries final
{
public:
    /// `bodySize`: the size of the body walked, which bounds how many entries it can hold
    /// (see the constructor).
    explicit MappedEntries(qsizetype bodySize);

    /// An entry whose message is the server's words as they are.
    void add(FieldError error, FormPosition place);
    /// An entry whose message says more than the server's `words` (the raw path appended):
    /// the words still decide whether a record-level entry repeats a field's.
    void addReworded(FieldError error, FormPosition place, const QString &words);

    /// Identical entries (same path and message) merge into the first, which takes a code
    /// only a later one names; a record-level entry repeating words that already landed on
    /// a field (SAP's message beside its errordetails) adds nothing. The rest in form
    /// order and, between equal places, in body order. Leaves this empty.
    QList<FieldError> takeDistinctInFormOrder();

private:
    /// A place in the form and the position of its entry in m_errors.
    using Placed = std::pair<FormPosition, qsizetype>;

    const QString &wordsOf(qsizetype entry) const;
    void dropRecordWordsOnFields();
    void keepFirstOfRun(const Placed *run, qsizetype size, QList<qsizetype> &kept);

    QList<FieldError> m_errors;
    QList<Placed> m_places;
    QHash<qsizetype, QString> m_rewordedWords; ///< by position, for addReworded entries
};

} // namespace leadopp::core

#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace leadopp::ui {

/// Where issues changed: some rows of one array section ("offerLines"), numbered as they
/// are now; any row of that section (no rows); or anywhere in the record (no section).
struct ChangedRows {
    QString section;
    std::optional<QList<int>> rows;

    bool isAnywhere() const { return section.isEmpty(); }
};

/// Notes where findings change between two announcements of them, as narrowly as the
/// change knows: a view that learns "row 12 of the offer lines" looks at that row instead
/// of every finding of the record. What it is not told it must assume changed, so an
/// announcement with nothing noted reads "anywhere".
class ChangedRowsJournal final
{
public:
    void noteRows(const QString &section, const QList<int> &rows);
    void noteSection(const QString &section);
    void noteAnywhere() { m_scope = Scope::Anywhere; }
    /// What was noted since the last take (rows ascending, each once), and starts afresh.
    ChangedRows take();

private:
    enum class Scope { Nothing, Rows, Section, Anywhere };

    Scope m_scope = Scope::Nothing;
    QString m_section;
    QList<int> m_rows;
};

} // namespace leadopp::ui

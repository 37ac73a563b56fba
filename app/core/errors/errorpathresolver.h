#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/errors/fielderror.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace leadopp::core {

/// Where a server-named path landed.
struct ResolvedPath {
    FieldPath path; ///< canonical; the record path when nothing resolved
    MatchKind match = MatchKind::Record;
};

/// Resolves raw path segments (see parseErrorPath) against one record and the field
/// catalogue: prefixes such as `data`, `body`, `input` are stripped, names are compared
/// with FieldCatalogue::foldName, aliases apply, unique bare names resolve, and row
/// indexes are checked against the record's actual rows. Never guesses from strings.
class ErrorPathResolver final
{
public:
    explicit ErrorPathResolver(const QJsonObject &record);

    ResolvedPath resolve(const QStringList &segments) const;

    /// "", "#", "$", "/", non_field_errors, __all__, _error, root, __errors, formErrors,
    /// pageErrors: names that mean "the record as a whole".
    static bool isRecordMarker(QStringView segment);

private:
    /// What a path's leading segment can be, worked out once per distinct segment: the
    /// same few names ("offerLines", "data") lead thousands of paths of one body.
    struct Head {
        bool skippable = false;               ///< an envelope prefix or a record marker
        const SectionSpec *section = nullptr; ///< sectionByKey
        const FieldSpec *bareField = nullptr; ///< ErrorMapNames::uniqueBareName
    };
    Head head(const QString &segment) const;

    ResolvedPath resolveRooted(const Head &first, const QStringList &segments, int at) const;
    ResolvedPath resolveInSection(const SectionSpec &section, const QStringList &segments,
                                  int at) const;
    ResolvedPath resolveInRow(const SectionSpec &section, int row, const QStringList &segments,
                              int at) const;
    ResolvedPath resolveField(const FieldSpec &field, const FieldPath &path,
                              const QStringList &segments, int at) const;
    int rowCount(Section section) const;

    QJsonObject m_record;
    QList<int> m_rowCounts; ///< indexed by Section
    /// Filled by head(); a resolver lives for one mapping and is not shared between
    /// threads. Bounded, so a hostile body of distinct names costs no more than before.
    mutable QHash<QString, Head> m_heads;
};

} // namespace leadopp::core

#include "core/errors/errorpathresolver.h"

#include "core/catalogue/fieldkinds.h"
#include "core/catalogue/foldedname.h"
#include "core/document/jsonaccess.h"
#include "core/errors/errormapnames.h"

#include <QJsonArray>
#include <QLatin1String>
#include <algorithm>
#include <iterator>

namespace leadopp::core {

namespace {

ResolvedPath exact(const FieldPath &path)
{
    return { path, MatchKind::Exact };
}

ResolvedPath partial(const FieldPath &path)
{
    return { path, MatchKind::Partial };
}

// A decimal row index; long digit runs are not indexes of any real record.
int indexOf(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 9)
        return -1;
    int value = 0; // nine digits at most: never overflows
    for (const QChar c : segment) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// True when `folded` is one of `names`. Sizes are compared first: almost every segment of
// a large body ("offerLines", "0", "amount") differs in size from most of the names, and a
// full comparison per name was a measurable part of mapping every error.
template<size_t N> bool isOneOf(QStringView folded, const QLatin1String (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names), [folded](QLatin1String name) {
        return name.size() == folded.size() && name == folded;
    });
}

bool isPrefix(QStringView folded)
{
    static constexpr QLatin1String kPrefixes[] = {
        QLatin1String("data"),    QLatin1String("attributes"),
        QLatin1String("request"), QLatin1String("body"),
        QLatin1String("input"),   QLatin1String("leadopportunityupdate"),
        QLatin1String("payload"),
    };
    return isOneOf(folded, kPrefixes);
}

bool isMultiValue(const FieldSpec &field)
{
    return kindTraits(field.kind).list;
}

// How many leading unknown segments may be dropped before giving up.
constexpr int kMaxUnknownPrefixes = 3;

// The record markers, folded.
constexpr QLatin1String kRecordMarkers[] = {
    QLatin1String(""),
    QLatin1String("#"),
    QLatin1String("$"),
    QLatin1String("/"),
    QLatin1String("nonfielderrors"),
    QLatin1String("all"),
    QLatin1String("error"),
    QLatin1String("root"),
    QLatin1String("errors"),
    QLatin1String("formerrors"),
    QLatin1String("pageerrors"),
};

bool isFoldedRecordMarker(QStringView folded)
{
    return isOneOf(folded, kRecordMarkers);
}

// True when a marker starts with `unit` (in either case) once folded.
bool mayStartMarker(char16_t unit)
{
    const char16_t lower = unit | (unit >= u'A' && unit <= u'Z' ? 0x20 : 0);
    return std::any_of(std::begin(kRecordMarkers), std::end(kRecordMarkers),
                       [lower](QLatin1String marker) {
                           return !marker.isEmpty() && marker.front() == QLatin1Char(char(lower));
                       });
}

// A leading segment that says nothing about the field: an envelope prefix or a record
// marker. One fold serves both checks unless the segment carries spaces to trim.
bool isSkippable(const QString &segment)
{
    const FoldedName folded(segment);
    if (isPrefix(folded.view()))
        return true;
    const QStringView trimmed = QStringView(segment).trimmed();
    return trimmed.size() == segment.size() ? isFoldedRecordMarker(folded.view())
                                            : isFoldedRecordMarker(FoldedName(trimmed).view());
}

} // namespace

ErrorPathResolver::ErrorPathResolver(const QJsonObject &record) : m_record(record)
{
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        const int slot = int(section.section);
        while (m_rowCounts.size() <= slot)
            m_rowCounts.append(0);
        if (section.isArray)
            m_rowCounts[slot] = int(record.value(section.key).toArray().size());
    }
}

bool ErrorPathResolver::isRecordMarker(QStringView segment)
{
    const QStringView trimmed = segment.trimmed();
    // Every key of a nested body and the head of every path is asked. The first character
    // folding keeps tells most of them apart ("0", "offerLines", "discount") with nothing
    // folded: a marker is empty or starts with one of these.
    const auto first = std::find_if_not(trimmed.cbegin(), trimmed.cend(),
                                        [](QChar c) { return c == u'_' || c == u'-'; });
    if (first != trimmed.cend() && first->unicode() < 0x80 && !mayStartMarker(first->unicode()))
        return false;
    return isFoldedRecordMarker(FoldedName(trimmed).view());
}

ErrorPathResolver::Head ErrorPathResolver::head(const QString &segment) const
{
    constexpr qsizetype kMaxRemembered = 1024;
    const auto known = m_heads.constFind(segment);
    if (known != m_heads.cend())
        return *known;
    Head found;
    found.skippable = isSkippable(segment);
    found.section = FieldCatalogue::sectionByKey(segment);
    found.bareField = ErrorMapNames::uniqueBareName(segment);
    if (m_heads.size() < kMaxRemembered)
        m_heads.insert(segment, found);
    return found;
}

ResolvedPath ErrorPathResolver::resolve(const QStringList &segments) const
{
    int at = 0;
    Head first;
    while (at < segments.size() && (first = head(segments.at(at))).skippable)
        ++at;
    ResolvedPath resolved;
    for (int dropped = 0; at < segments.size() && dropped <= kMaxUnknownPrefixes; ++dropped) {
        resolved = resolveRooted(first, segments, at);
        if (resolved.match != MatchKind::Record)
            break;
        if (++at < segments.size())
            first = head(segments.at(at));
    }
    return resolved;
}

// `first` is head(segments.at(at)), already looked up by the caller.
ResolvedPath ErrorPathResolver::resolveRooted(const Head &first, const QStringList &segments,
                                              int at) const
{
    const SectionSpec *section = first.section;
    if (section && section->section != Section::Record)
        return resolveInSection(*section, segments, at + 1);
    const FieldSpec *field = first.bareField;
    if (!field)
        return {};
    const SectionSpec *home = FieldCatalogue::section(field->section);
    if (home->isArray) // no row named: only the section is certain
        return partial(FieldPath({ home->key }));
    return resolveField(*field, FieldPath::parse(field->pattern), segments, at + 1);
}

ResolvedPath ErrorPathResolver::resolveInSection(const SectionSpec &section,
                                                 const QStringList &segments, int at) const
{
    const auto base = [&section] { return FieldPath({ section.key }); };
    if (at == segments.size())
        return exact(base());
    const QString &next = segments.at(at);
    if (section.isArray) {
        const int row = indexOf(next);
        if (row < 0 || row >= rowCount(section.section))
            return partial(base());
        return resolveInRow(section, row, segments, at + 1);
    }
    if (const FieldSpec *field = ErrorMapNames::fieldIn(section.section, next))
        return resolveField(*field, FieldPath({ section.key, ErrorMapNames::memberName(*field) }),
                            segments, at + 1);
    if (section.section == Section::Opportunity) {
        // GET responses nest the other sections and the root ids inside leadOpportunity.
        const SectionSpec *nested = FieldCatalogue::sectionByKey(next);
        if (nested && nested->section != Section::Opportunity)
            return resolveInSection(*nested, segments, at + 1);
        if (const FieldSpec *rootField = ErrorMapNames::fieldIn(Section::Record, next))
            return resolveField(*rootField, FieldPath({ ErrorMapNames::memberName(*rootField) }),
                                segments, at + 1);
    }
    return partial(base());
}

// Paths are built whole, once the last segment is known: one list, not one per level.
ResolvedPath ErrorPathResolver::resolveInRow(const SectionSpec &section, int row,
                                             const QStringList &segments, int at) const
{
    if (at == segments.size())
        return exact(FieldPath({ section.key, row }));
    const FieldSpec *field = ErrorMapNames::fieldIn(section.section, segments.at(at));
    if (!field)
        return partial(FieldPath({ section.key, row }));
    return resolveField(*field, FieldPath({ section.key, row, ErrorMapNames::memberName(*field) }),
                        segments, at + 1);
}

ResolvedPath ErrorPathResolver::resolveField(const FieldSpec &field, const FieldPath &path,
                                             const QStringList &segments, int at) const
{
    if (at == segments.size())
        return exact(path);
    const int item = indexOf(segments.at(at));
    if (isMultiValue(field) && item >= 0 && at + 1 == segments.size()
        && item < valueAt(m_record, path).toArray().size())
        return exact(path.index(item));
    return partial(path);
}

int ErrorPathResolver::rowCount(Section section) const
{
    return m_rowCounts.value(int(section));
}

} // namespace leadopp::core

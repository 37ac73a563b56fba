// How the error-body walk records the path to where it stands and spells it out for each
// message it emits.
#include "core/errors/errorbodywalker.h"

#include "core/errors/errorpathparser.h"

#include <QVarLengthArray>
#include <algorithm>

namespace leadopp::core {

namespace {

// No record is deeper than a handful of levels; past this a path stops growing, which
// keeps rebuilding paths linear on hostile bodies.
constexpr int kMaxPathDepth = 32;

// A key such as "offerLines[1].amount" or "/offerLines/1" names several segments at once.
bool isNotation(const QString &key)
{
    return std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == u'.' || c == u'[' || c == u'/' || c == u'#' || c == u'$' || c == u'(';
    });
}

} // namespace

int ErrorBodyWalker::extend(int base, const QString &raw, bool isIndex)
{
    const int depth = base < 0 ? 1 : m_nodes.at(base).depth + 1;
    if (depth > kMaxPathDepth)
        return base;
    const bool plain = isIndex || !isNotation(raw);
    m_nodes.append(
        { base, depth, raw, plain ? QStringList() : parseErrorPath(raw), plain, isIndex });
    m_mostPathSteps = std::max(m_mostPathSteps, m_nodes.size());
    return int(m_nodes.size() - 1);
}

void ErrorBodyWalker::emitError(const Work &work, const ErrorItemPath *path, const QString &message,
                                const QString &code, bool hasPath)
{
    RawError error { message,
                     code,
                     QString(),
                     QStringList(),
                     hasPath || work.base >= 0,
                     work.context >= 0 ? m_contexts.at(work.context) : QStringList() };
    if (work.base < 0 && path) { // an item's own path: shared, not rebuilt
        error.segments = path->segments;
        error.rawPath = path->raw;
    } else {
        spellPath(work.base, path, error);
    }
    m_sink(std::move(error));
}

// The segments and the raw text of the path from the body root through node `base` and
// then `path`, built in one list and one string.
void ErrorBodyWalker::spellPath(int base, const ErrorItemPath *path, RawError &error) const
{
    QVarLengthArray<int, kMaxPathDepth> chain;
    for (int node = base; node >= 0; node = m_nodes.at(node).parent)
        chain.append(node);
    std::reverse(chain.begin(), chain.end());
    qsizetype segmentCount = path ? path->segments.size() : 0;
    for (const int node : chain)
        segmentCount += m_nodes.at(node).plain ? 1 : m_nodes.at(node).segments.size();
    error.segments.reserve(segmentCount);
    QVarLengthArray<QChar, 128> rawPath; // "offerLines.3.amount", "errors[2].field"
    const auto appendMember = [&rawPath](const QString &raw) {
        if (!rawPath.isEmpty())
            rawPath.append(u'.');
        rawPath.append(raw.constData(), raw.size());
    };
    for (const int node : chain) {
        const Node &step = m_nodes.at(node);
        if (step.plain)
            error.segments.append(step.raw);
        else
            error.segments += step.segments;
        if (step.isIndex) {
            rawPath.append(u'[');
            rawPath.append(step.raw.constData(), step.raw.size());
            rawPath.append(u']');
        } else {
            appendMember(step.raw);
        }
    }
    if (path) {
        error.segments += path->segments;
        appendMember(path->raw);
    }
    error.rawPath = rawPath.isEmpty() ? QString() : QString(rawPath.constData(), rawPath.size());
}

} // namespace leadopp::core

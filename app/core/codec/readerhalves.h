#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace leadopp::core {

/// Where a big JSON text is cut so that its two halves parse apart, one on each core: between
/// two elements of an array (a section's rows) whose every ancestor is a member of an object.
/// The head is the text before the cut with its open containers closed; the tail opens them
/// again, under the same member names, and goes on with the text after the cut.
struct TextCut {
    qsizetype headEnd = 0;   ///< the byte after the element before the cut
    qsizetype tailBegin = 0; ///< the byte after the comma that follows it
    QByteArray openers;      ///< what opens the tail: {"record":{"offerLines":[
    QByteArray closers;      ///< what closes the head: ]}}
    /// The member names from the top-level object down to the array.
    QStringList path;
    /// The objects and arrays the head opens (TextScan::containers of the text before the cut).
    qsizetype headContainers = 0;
};

/// The first cut after `from` bytes of `json` (before three quarters of the way from there
/// to the end), or nullopt when there is none: no such array, a member name on the way that
/// holds an escape, or text that is not JSON. The tokens are read as a JSON parser reads them,
/// so in any text whose halves both parse the cut lies where it is meant to.
std::optional<TextCut> findCut(QByteArrayView json, qsizetype from);

QByteArray headText(QByteArrayView json, const TextCut &cut);
QByteArray tailText(QByteArrayView json, const TextCut &cut);

/// The object `json` parses to, from what its halves parse to: the tail's members join the
/// head's along the cut's path, and the array's elements in the tail follow those in the head.
/// nullopt when both halves hold a member of the same name in one object besides the path's
/// (the whole text repeats that name; it is parsed whole). A name the text repeats within one
/// half is lost there as in a whole parse, but the halves together then keep fewer members
/// than the text spells: a reader compares the counts (memberCount()) before it takes the
/// joined object.
std::optional<QJsonObject> joinHalves(QJsonObject head, const QJsonObject &tail,
                                      const QStringList &path);

} // namespace leadopp::core

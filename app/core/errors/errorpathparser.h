#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// Splits a server-written path in any textual notation of error-notations.md into raw
/// segments: "#/offerLines/1/amount", "/offerLines/1/amount", "$.offerLines[1].amount",
/// "['offerLines'][1]['amount']", "offerLines.1.amount", "offer_lines[1].amount" all give
/// {"offerLines", "1", "amount"} (names as written; folding is the resolver's job).
/// The record markers "", "#", "$" and "/" give no segment.
QStringList parseErrorPath(QStringView text);

/// Segments of a path written as a JSON array: a segment array
/// ["body", "offerLines", 1, "amount"] or structured elements
/// [{"field": "offerLines", "index": 1}, {"field": "amount"}]. Elements of other types
/// are skipped.
QStringList parseErrorPathArray(const QJsonArray &array);

/// The path quoted in a prose message ("... Path 'offerLines[1].amount', line 1,
/// position 16."), or an empty string when the message quotes none.
QString pathInProse(QStringView message);

/// Every machine path a prose message carries in a fixed form, most explicit first:
/// quoted after "path", "field" or "at" (graphql-js: `at "input.offerLines[1].amount"`),
/// after "Path: " (System.Text.Json), Jackson's "(through reference chain:
/// Update["offerLines"]->java.util.ArrayList[1]->OfferLine["amount"])" as
/// "offerLines[1].amount", and a leading quoted label or path-shaped first word (Joi:
/// `"offerLines[1].amount" must be ...`, OpenAPI validators: `body/offerLines/1/amount
/// must ...`). Candidates only: the caller keeps the first that resolves.
QStringList pathsInProse(QStringView message);

} // namespace leadopp::core

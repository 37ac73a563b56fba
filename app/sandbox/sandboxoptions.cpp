#include "sandbox/sandboxoptions.h"

#include <array>
#include <utility>

namespace leadopp::sandbox {

namespace {

constexpr std::array<std::pair<ErrorStyle, const char *>, 3> kStyles { {
    { ErrorStyle::PointerList, "pointer" },
    { ErrorStyle::DottedMap, "dotted" },
    { ErrorStyle::NestedObject, "nested" },
} };

constexpr std::array<std::pair<Fault, const char *>, 8> kFaults { {
    { Fault::Delay, "delay" },
    { Fault::TooManyRequests, "too-many-requests" },
    { Fault::TooManyRetryAfter, "retry-after" },
    { Fault::Maintenance, "maintenance" },
    { Fault::ResetMidBody, "reset-mid-body" },
    { Fault::HtmlBody, "html-body" },
    { Fault::TruncatedJson, "truncated-json" },
    { Fault::OversizeBody, "oversize-body" },
} };

template<typename Table, typename Value> QString nameIn(const Table &table, Value value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename Table>
auto valueIn(const Table &table, QStringView name) -> std::optional<decltype(table[0].first)>
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template<typename Table> QStringList namesIn(const Table &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace

std::optional<ErrorStyle> errorStyleFromName(QStringView name)
{
    return valueIn(kStyles, name);
}

QString errorStyleName(ErrorStyle style)
{
    return nameIn(kStyles, style);
}

QStringList errorStyleNames()
{
    return namesIn(kStyles);
}

std::optional<Fault> faultFromName(QStringView name)
{
    return valueIn(kFaults, name);
}

QString faultName(Fault fault)
{
    return fault == Fault::None ? QStringLiteral("none") : nameIn(kFaults, fault);
}

QStringList faultNames()
{
    return namesIn(kFaults);
}

bool parseFaultSpec(QStringView spec, FaultPlan *plan)
{
    const qsizetype colon = spec.indexOf(u':');
    const std::optional<Fault> fault = faultFromName(colon < 0 ? spec : spec.left(colon));
    if (!fault)
        return false;
    int count = 1;
    if (colon >= 0) {
        const QStringView text = spec.mid(colon + 1);
        bool ok = false;
        count = text == QLatin1String("all") ? -1 : text.toInt(&ok);
        if (count == 0 || (!ok && count != -1) || count < -1)
            return false;
    }
    plan->fault = *fault;
    plan->count = count;
    return true;
}

} // namespace leadopp::sandbox

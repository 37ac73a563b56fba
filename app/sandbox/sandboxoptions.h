#pragma once

#include "sandbox/sandboxserver.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace leadopp::sandbox {

/// "pointer", "dotted", "nested" (as the command line spells them).
std::optional<ErrorStyle> errorStyleFromName(QStringView name);
QString errorStyleName(ErrorStyle style);
QStringList errorStyleNames();

/// "delay", "too-many-requests", "retry-after", "maintenance", "reset-mid-body",
/// "html-body", "truncated-json", "oversize-body".
std::optional<Fault> faultFromName(QStringView name);
QString faultName(Fault fault);
QStringList faultNames();

/// Parses "NAME[:COUNT]" (COUNT a positive number or "all"; 1 when omitted) into `plan`'s
/// fault and count, leaving its delay and Retry-After alone. False on anything else.
bool parseFaultSpec(QStringView spec, FaultPlan *plan);

} // namespace leadopp::sandbox

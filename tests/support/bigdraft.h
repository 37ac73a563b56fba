#pragma once

#include <QJsonObject>

namespace leadopp::test {

/// What a large generated record holds. The same numbers give the same record, byte for
/// byte, so two builds (or two runs) measure the same work.
struct BigDraftShape {
    int offerLines = 5000;
    int customerContacts = 500;
    /// Every n-th row carries one typical mistake (a comma decimal, a lower-case code, a
    /// missing offer, an address without '@'); 0 for a record without mistakes.
    int mistakeEvery = 250;
};

/// A realistic request body: one opportunity of a German or French customer with
/// brand-prefixed offers, varied amounts and revenue types, and contacts with real-looking
/// names, addresses and phone numbers. Benchmarks and tests share it.
QJsonObject bigDraftRecord(const BigDraftShape &shape = {});

} // namespace leadopp::test

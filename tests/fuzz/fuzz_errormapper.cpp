// libFuzzer harness: any bytes as a 400 body, mapped against a fixed realistic record.
// Checks the mapper's promises besides "no crash": a 400 always yields an entry, record
// entries have no path, field entries have a canonical one.
#include "core/catalogue/fieldpath.h"
#include "core/errors/errormapper.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

namespace {

const char kRecord[] = R"({
  "partnerId": "200000000014442", "dsLeadOpportunityId": "XJSR-DZMFFT",
  "leadOpportunity": {"partnerLeadOpportunityId": "CRM-1", "name": "Deal", "closeDate": "2025-06-30",
                      "currency": "EUR", "reasonLost": ["FUNC_GAP", "DUP_LEAD"]},
  "offerLines": [{"offerNameId": "A", "amount": 1}, {"offerNameId": "B", "amount": -5}],
  "customerLegalEntity": {"name": "ACME", "city": "Lyon", "country": "FRANCE"},
  "customerContacts": [{"firstName": "R", "lastName": "J", "email": "r@c.example"}],
  "partnerContacts": [{"salesRepEmail": "j@p.example", "salesRepFirstName": "J", "salesRepLastName": "D"}]
})";

bool isConsistent(const leadopp::core::FieldError &error)
{
    using leadopp::core::MatchKind;
    if (error.match == MatchKind::Record)
        return error.path.isEmpty() && !error.message.isEmpty();
    const leadopp::core::FieldPath path = leadopp::core::FieldPath::parse(error.path);
    return path.isValid() && !path.isRecord() && !error.message.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject record = QJsonDocument::fromJson(QByteArray(kRecord)).object();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const leadopp::core::MappedErrors mapped = leadopp::core::mapErrors(body, 400, record);
    if (mapped.errors.isEmpty())
        __builtin_trap();
    for (const leadopp::core::FieldError &error : mapped.errors) {
        if (!isConsistent(error))
            __builtin_trap();
    }
    return 0;
}

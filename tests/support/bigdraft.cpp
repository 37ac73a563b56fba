#include "bigdraft.h"

#include <QJsonArray>
#include <QStringList>

namespace leadopp::test {

namespace {

QString pick(const QStringList &list, int i)
{
    return list.at(i % list.size());
}

bool hasMistake(const BigDraftShape &shape, int i, int kind)
{
    return shape.mistakeEvery > 0 && i % shape.mistakeEvery == kind;
}

QJsonObject offerLine(const BigDraftShape &shape, int i)
{
    static const QStringList offers {
        QStringLiteral("3DEXPERIENCE_Design/Engineering_On_Premise"),
        QStringLiteral("CATIA_Mechanical_Design_Engineer"),
        QStringLiteral("SOLIDWORKS_Premium_Subscription"),
        QStringLiteral("SIMULIA_Abaqus_Standard_Tokens"),
        QStringLiteral("ENOVIA_Collaborative_Industry_Innovator"),
        QStringLiteral("DELMIA_Manufacturing_Engineer"),
        QStringLiteral("3DEXPERIENCE_Platform_Cloud_Services"),
    };
    static const QStringList revenueTypes { QStringLiteral("UPFRONT"),
                                            QStringLiteral("RENTAL_BOOKING"),
                                            QStringLiteral("SUPPORT_SERVICES"),
                                            QStringLiteral("SERVICES_SIGNING") };
    QJsonObject line { { QStringLiteral("offerNameId"), pick(offers, i * 3 + i / 7) },
                       { QStringLiteral("revenueType"), pick(revenueTypes, i / 2) },
                       { QStringLiteral("amount"), 250 + (i * 7919) % 98000 + (i % 4) * 0.25 } };
    if (hasMistake(shape, i, 3))
        line.insert(QStringLiteral("amount"), QStringLiteral("12,5"));
    if (hasMistake(shape, i, 7))
        line.insert(QStringLiteral("revenueType"), QStringLiteral("upfront"));
    if (hasMistake(shape, i, 13))
        line.remove(QStringLiteral("offerNameId"));
    return line;
}

QJsonObject customerContact(const BigDraftShape &shape, int i)
{
    static const QStringList first { QStringLiteral("Jana"),      QStringLiteral("Lukas"),
                                     QStringLiteral("Camille"),   QStringLiteral("Mathieu"),
                                     QStringLiteral("Sophie"),    QStringLiteral("Jonas"),
                                     QStringLiteral("Élodie"),    QStringLiteral("Henrik"),
                                     QStringLiteral("Marguerite") };
    static const QStringList last { QStringLiteral("Albers"),   QStringLiteral("Brandt"),
                                    QStringLiteral("Dubois"),   QStringLiteral("Lefèvre"),
                                    QStringLiteral("Schröder"), QStringLiteral("Moreau"),
                                    QStringLiteral("Hoffmann"), QStringLiteral("Garnier"),
                                    QStringLiteral("Wagner"),   QStringLiteral("Rousseau"),
                                    QStringLiteral("Keller") };
    static const QStringList titles { QStringLiteral("Head of Production Engineering"),
                                      QStringLiteral("CAD Manager"),
                                      QStringLiteral("Purchasing Director"),
                                      QStringLiteral("Simulation Lead"),
                                      QStringLiteral("Chief Technology Officer") };
    const QString firstName = pick(first, i);
    const QString lastName = pick(last, i / 3);
    QJsonObject row {
        { QStringLiteral("salutation"), i % 2 ? QStringLiteral("Mr") : QStringLiteral("Ms") },
        { QStringLiteral("firstName"), firstName },
        { QStringLiteral("lastName"), lastName },
        { QStringLiteral("email"),
          QStringLiteral("%1.%2.%3@stanzwerk-nord.example")
              .arg(firstName.toLower(), lastName.toLower())
              .arg(i) },
        { QStringLiteral("phoneNumber"), QStringLiteral("+49 421 555 %1").arg(1000 + i % 9000) },
        { QStringLiteral("jobTitle"), pick(titles, i) }
    };
    if (hasMistake(shape, i, 17))
        row.insert(QStringLiteral("email"),
                   QStringLiteral("%1.%2.stanzwerk-nord.example")
                       .arg(firstName.toLower(), lastName.toLower()));
    return row;
}

QJsonObject opportunity()
{
    return {
        { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("CRM-OPPY-20417") },
        { QStringLiteral("name"), QStringLiteral("Press shop digital twin - all plants") },
        { QStringLiteral("status"), QStringLiteral("OPPY_OPEN") },
        { QStringLiteral("forecastCategory"), QStringLiteral("UPSIDE") },
        { QStringLiteral("closeDate"), QStringLiteral("2026-09-30T00:00:00.000Z") },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("dsOwnerEmail"), QStringLiteral("anna.keller@3ds.com") },
        { QStringLiteral("description"),
          QStringLiteral("Roll the stamping simulation out to every press line.") },
    };
}

QJsonObject legalEntity()
{
    return { { QStringLiteral("name"), QStringLiteral("Stanzwerk Nord GmbH") },
             { QStringLiteral("addressLine1"), QStringLiteral("Hafenstrasse 12") },
             { QStringLiteral("zipCode"), QStringLiteral("28217") },
             { QStringLiteral("city"), QStringLiteral("Bremen") },
             { QStringLiteral("country"), QStringLiteral("DE") },
             { QStringLiteral("vatNumber"), QStringLiteral("DE287654321") } };
}

QJsonArray partnerContacts()
{
    return { QJsonObject { { QStringLiteral("salesRepFirstName"), QStringLiteral("Tobias") },
                           { QStringLiteral("salesRepLastName"), QStringLiteral("Brandt") },
                           { QStringLiteral("salesRepEmail"),
                             QStringLiteral("tobias.brandt@partner-solutions.example") } } };
}

} // namespace

QJsonObject bigDraftRecord(const BigDraftShape &shape)
{
    QJsonArray lines;
    for (int i = 0; i < shape.offerLines; ++i)
        lines.append(offerLine(shape, i));
    QJsonArray contacts;
    for (int i = 0; i < shape.customerContacts; ++i)
        contacts.append(customerContact(shape, i));
    return { { QStringLiteral("partnerId"), QStringLiteral("200000000014442") },
             { QStringLiteral("leadOpportunity"), opportunity() },
             { QStringLiteral("offerLines"), lines },
             { QStringLiteral("customerLegalEntity"), legalEntity() },
             { QStringLiteral("customerContacts"), contacts },
             { QStringLiteral("partnerContacts"), partnerContacts() } };
}

} // namespace leadopp::test

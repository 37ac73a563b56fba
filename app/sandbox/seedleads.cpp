#include "sandbox/seedleads.h"

#include <QJsonDocument>

namespace leadopp::sandbox {

namespace {

// Realistic customers of a Dassault Systèmes partner; the first lead answers the contract's
// own update examples (partner id CRM-LEAD-1234), the last is an unassigned marketing lead.
const char kSeed[] = R"json([
{
  "dsLeadOpportunityId": "XJSR-DZMFFT",
  "partnerId": "200000000014442",
  "leadOpportunity": {
    "partnerLeadOpportunityId": "CRM-LEAD-1234",
    "name": "Kessler Maschinenbau - 3DEXPERIENCE rollout",
    "dsOwnerEmail": "julia.weber@3ds.com",
    "status": "QUALIFIED",
    "forecastCategory": "UPSIDE",
    "closeDate": "2025-11-28T00:00:00.000Z",
    "cometCampaignCode": "OC2DE17TAQ1C13018",
    "reasonWon": [], "reasonLost": [], "competitors": ["Siemens NX"],
    "reasonWonLostComment": "", "gtmTacticId": null,
    "description": "Replace the file-based PDM of the special machines division",
    "nextMilestone": "Technical workshop", "nextMilestoneDate": "2025-09-15T09:00:00.000Z",
    "currency": "EUR",
    "approvalStatus": "PRE_APPROVED", "engagementType": "EXTEND",
    "createdDate": "2025-08-04T09:12:44.120Z", "modifiedDate": "2025-08-06T15:44:44.453Z"
  },
  "offerLines": [
    {"offerNameId": "3DEXPERIENCE_Design/Engineering_On_Premise", "amount": 48600, "revenueType": "UPFRONT"},
    {"offerNameId": "3DEXPERIENCE_Design/Engineering_On_Premise", "amount": 9200, "revenueType": "SUPPORT_SERVICES"}
  ],
  "customerLegalEntity": {
    "id": "200000000781989", "dunsNumber": "315369934", "vatNumber": "DE811907980",
    "name": "Kessler Maschinenbau GmbH", "addressLine1": "Industriestrasse 14",
    "zipCode": "73734", "city": "Esslingen am Neckar", "statePrefecture": "Baden-Wuerttemberg",
    "country": "Germany", "websiteUrl": "https://www.kessler-maschinenbau.de"
  },
  "customerContacts": [
    {"salutation": "Mr", "firstName": "Thomas", "lastName": "Brandt", "email": "t.brandt@kessler-maschinenbau.de",
     "phoneNumber": "+49 711 39690 21", "jobTitle": "Head of Engineering IT"}
  ],
  "partnerContacts": [
    {"salesRepEmail": "m.hoffmann@cadpartner.de", "salesRepFirstName": "Markus", "salesRepLastName": "Hoffmann"}
  ]
},
{
  "dsLeadOpportunityId": "HCRQ-F1LLDE",
  "partnerId": "200000000014442",
  "leadOpportunity": {
    "partnerLeadOpportunityId": "OPPY-12345",
    "name": "Lemaire Aerostructures - composites design",
    "dsOwnerEmail": "claire.martin@3ds.com",
    "status": "OPPY_OPEN",
    "forecastCategory": "COMMIT",
    "closeDate": "2025-12-15T00:00:00.000Z",
    "reasonWon": [], "reasonLost": [], "competitors": ["PTC Creo"],
    "description": "CATIA composites seats for the new nacelle programme",
    "nextMilestone": "Commercial proposal", "nextMilestoneDate": "2025-10-01T08:00:00.000Z",
    "currency": "EUR",
    "approvalStatus": "APPROVED", "engagementType": "NEW",
    "createdDate": "2025-07-21T10:02:11.000Z", "modifiedDate": "2025-08-07T08:30:00.000Z"
  },
  "offerLines": [
    {"offerNameId": "CATIA_Composites_Designer", "amount": 126000, "revenueType": "RENTAL_BOOKING"}
  ],
  "customerLegalEntity": {
    "id": "200000000655120", "vatNumber": "FR40303265045", "name": "Aerostructures Lemaire SAS",
    "addressLine1": "12 avenue Didier Daurat", "zipCode": "31700", "city": "Blagnac",
    "country": "FRANCE", "websiteUrl": "https://www.lemaire-aero.fr"
  },
  "customerContacts": [
    {"salutation": "M.", "firstName": "Julien", "lastName": "Moreau", "email": "julien.moreau@lemaire-aero.fr",
     "phoneNumber": "+33 5 61 30 42 10", "jobTitle": "Directeur bureau d'etudes"}
  ],
  "partnerContacts": [
    {"salesRepEmail": "sophie.laurent@partner-plm.fr", "salesRepFirstName": "Sophie", "salesRepLastName": "Laurent"}
  ]
},
{
  "dsLeadOpportunityId": "9YEL-Y3W56Q",
  "partnerId": "200000000014442",
  "leadOpportunity": {
    "partnerLeadOpportunityId": "PARTNER-CRM-LEAD-1A8R",
    "name": "Officine Ferraro - SOLIDWORKS upgrade",
    "status": "LEAD_OPEN",
    "closeDate": "2026-02-27T00:00:00.000Z",
    "reasonWon": [], "reasonLost": [],
    "description": "Mould shop moving from 2D drafting to SOLIDWORKS",
    "currency": "EUR",
    "approvalStatus": "PENDING", "engagementType": "NEW",
    "createdDate": "2025-08-05T14:20:00.000Z", "modifiedDate": "2025-08-05T14:20:00.000Z"
  },
  "offerLines": [
    {"offerNameId": "SOLIDWORKS_Premium_Term", "amount": 13800, "revenueType": "UPFRONT"}
  ],
  "customerLegalEntity": {
    "name": "Officine Ferraro S.p.A.", "city": "Brescia", "country": "Italy",
    "addressLine1": "Via della Volta 88", "zipCode": "25124"
  },
  "customerContacts": [
    {"salutation": "Mr", "firstName": "Luca", "lastName": "Ferraro", "email": "luca.ferraro@officineferraro.it",
     "jobTitle": "Technical Director"}
  ],
  "partnerContacts": []
},
{
  "dsLeadOpportunityId": "5KSL-VLSWRX",
  "partnerId": "200000000014442",
  "leadOpportunity": {
    "partnerLeadOpportunityId": "",
    "name": "Nordvik Marine - simulation enquiry",
    "dsOwnerEmail": "erik.lund@3ds.com",
    "status": "LEAD_OPEN",
    "closeDate": "",
    "cometCampaignCode": "OC2NO24MAR0042",
    "description": "Marketing lead from the hull hydrodynamics webinar",
    "currency": "NOK",
    "approvalStatus": "EMPTY", "engagementType": "NEW",
    "createdDate": "2025-08-06T07:45:00.000Z", "modifiedDate": "2025-08-06T07:45:00.000Z"
  },
  "offerLines": [
    {"offerNameId": "MDMIND00022_PUBL_ISE00002687_IPE00021337", "amount": 0, "revenueType": "EMPTY"}
  ],
  "customerLegalEntity": {"name": "Nordvik Marine AS", "city": "Bergen", "country": "Norway"},
  "customerContacts": [],
  "partnerContacts": []
}
])json";

} // namespace

QJsonArray seedLeads()
{
    return QJsonDocument::fromJson(QByteArray(kSeed)).array();
}

} // namespace leadopp::sandbox

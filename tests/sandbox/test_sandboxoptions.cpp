// Names of error styles and faults as the command line spells them.
#include "sandbox/sandboxoptions.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace leadopp::sandbox;

namespace {

TEST(SandboxOptions, everyFaultName_roundTrips)
{
    for (const QString &name : faultNames())
        EXPECT_EQ(faultName(*faultFromName(name)), name);
    EXPECT_EQ(faultNames().size(), 8);
    EXPECT_FALSE(faultFromName(u"none").has_value());
}

TEST(SandboxOptions, everyErrorStyleName_roundTrips)
{
    for (const QString &name : errorStyleNames())
        EXPECT_EQ(errorStyleName(*errorStyleFromName(name)), name);
    EXPECT_EQ(errorStyleFromName(u"pointer"), ErrorStyle::PointerList);
    EXPECT_FALSE(errorStyleFromName(u"xml").has_value());
}

TEST(SandboxOptions, faultSpec_countDefaultsToOneAndAcceptsAll)
{
    FaultPlan plan;
    plan.delayMs = 250;
    ASSERT_TRUE(parseFaultSpec(u"maintenance", &plan));
    EXPECT_EQ(plan.fault, Fault::Maintenance);
    EXPECT_EQ(plan.count, 1);
    ASSERT_TRUE(parseFaultSpec(u"delay:3", &plan));
    EXPECT_EQ(plan.count, 3);
    EXPECT_EQ(plan.delayMs, 250);
    ASSERT_TRUE(parseFaultSpec(u"reset-mid-body:all", &plan));
    EXPECT_EQ(plan.count, -1);
}

TEST(SandboxOptions, faultSpec_rejectsUnknownNamesAndBadCounts)
{
    FaultPlan plan;
    for (const char16_t *spec : { u"meteor", u"delay:0", u"delay:x", u"delay:-5", u"", u"delay:" })
        EXPECT_FALSE(parseFaultSpec(QStringView(spec), &plan))
            << QString::fromUtf16(spec).toStdString();
    EXPECT_EQ(plan.fault, Fault::None);
}

} // namespace

// Notification senders and the company an address's domain names (core/src/mail_addresses.h).
#include "../../core/src/mail_addresses.h"

#include <gtest/gtest.h>

using namespace followups;

TEST(NotificationAddress, machinesThatSendInvites)
{
    for (const char* address :
         {"noreply@acme.com", "No-Reply@acme.com", "donotreply@acme.com", "do-not-reply@acme.com",
          "notifications@greenhouse.io", "calendar-notification@google.com",
          "abc@group.calendar.google.com", "c_123@resource.calendar.google.com"}) {
        EXPECT_TRUE(isNotificationAddress(address)) << address;
    }
    for (const char* address : {"jane@acme.com", "noah@acme.com", "reply@acme.com", ""}) {
        EXPECT_FALSE(isNotificationAddress(address)) << address;
    }
}

TEST(CompanyFromAddress, registrableNameCapitalised)
{
    EXPECT_EQ(companyFromAddress("jane@acme.com"), "Acme");
    EXPECT_EQ(companyFromAddress("jane@mail.ACME.com"), "Acme");
    EXPECT_EQ(companyFromAddress("jane@careers.acme-corp.co.uk"), "Acme Corp");
    EXPECT_EQ(companyFromAddress("talent@northwind-labs.com"), "Northwind Labs");
    EXPECT_EQ(companyFromAddress("jane@initech.de"), "Initech");
    EXPECT_EQ(companyFromAddress("jane@google.com"), "Google"); // a real employer
}

TEST(CompanyFromAddress, nothingForPublicProvidersAndServices)
{
    for (const char* address :
         {"a@gmail.com",     "a@googlemail.com", "a@outlook.com",  "a@outlook.de",
          "a@hotmail.co.uk", "a@yahoo.com",      "a@yahoo.co.jp",  "a@icloud.com",
          "a@me.com",        "a@gmx.de",         "a@gmx.net",      "a@web.de",
          "a@proton.me",     "a@protonmail.com", "a@t-online.de",  "x@group.calendar.google.com",
          "x@calendly.com",  "noreply@acme.com", "not-an-address", "a@localhost"}) {
        EXPECT_EQ(companyFromAddress(address), "") << address;
    }
}

TEST(RoleMailbox, localPartAloneOrBeforeASeparator)
{
    const std::vector<std::string> boxes{"talent", "jobs", "HR"};
    for (const char* address : {"talent@acme.com", "Talent@Acme.com", "talent-emea@acme.com",
                                "jobs.berlin@acme.com", "hr+interviews@acme.com", "hr@acme.com"})
        EXPECT_TRUE(isRoleMailbox(address, boxes)) << address;
    for (const char* address : {"talented.jane@acme.com", "jane@talent.acme.com",
                                "hrithik@acme.com", "jobsworth@acme.com", "not-an-address"})
        EXPECT_FALSE(isRoleMailbox(address, boxes)) << address;
}

TEST(ServiceAddress, theDomainOrASubdomain)
{
    const std::vector<std::string> services{"lever.co", "Greenhouse.io"};
    for (const char* address : {"interviews@hire.lever.co", "x@lever.co", "no@us.greenhouse.io"})
        EXPECT_TRUE(isServiceAddress(address, services)) << address;
    for (const char* address : {"jane@clever.co", "jane@lever.co.uk", "lever.co", "jane@acme.com"})
        EXPECT_FALSE(isServiceAddress(address, services)) << address;
}

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
    EXPECT_EQ(companyFromAddress("jane@careers.acme-corp.co.uk"), "Acme-Corp");
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

#include "mail_addresses.h"

#include "followups/ascii_text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace followups
{
namespace
{

std::string_view localPart(std::string_view address)
{
    return address.substr(0, address.find('@'));
}

std::string_view domainPart(std::string_view address)
{
    const std::size_t at = address.rfind('@');
    return at == std::string_view::npos ? std::string_view{} : address.substr(at + 1);
}

bool isCalendarServiceDomain(std::string_view domain)
{
    return domain == "calendar.google.com" || domain.ends_with(".calendar.google.com") ||
           domain == "calendar.icloud.com" || domain == "calendly.com";
}

// Providers whose name is the second-level label under any top-level domain (yahoo.co.uk, gmx.at).
constexpr std::array<std::string_view, 24> publicProviders{
    "gmail",    "googlemail", "outlook", "hotmail", "live",       "msn",     "yahoo",  "ymail",
    "aol",      "icloud",     "gmx",     "proton",  "protonmail", "yandex",  "zoho",   "fastmail",
    "tutanota", "tuta",       "posteo",  "mailbox", "t-online",   "freenet", "seznam", "rediffmail",
};
// Providers whose short names would otherwise hide real companies (me, web, free, mail …).
constexpr std::array<std::string_view, 16> publicDomains{
    "me.com",      "mac.com",   "pm.me",     "web.de",      "free.fr", "orange.fr",
    "mail.com",    "mail.ru",   "wp.pl",     "qq.com",      "163.com", "126.com",
    "laposte.net", "libero.it", "naver.com", "hanmail.net",
};
// Second-level labels under country domains: acme.co.uk names "acme", not "co".
constexpr std::array<std::string_view, 9> genericSecondLevels{"co",  "com", "org", "net", "ac",
                                                              "gov", "edu", "ne",  "or"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string_view> labels(std::string_view domain)
{
    std::vector<std::string_view> result;
    while (!domain.empty()) {
        const std::size_t dot = domain.find('.');
        if (dot != 0) {
            result.push_back(domain.substr(0, dot));
        }
        domain = dot == std::string_view::npos ? std::string_view{} : domain.substr(dot + 1);
    }
    return result;
}

// "northwind-labs" → "Northwind Labs".
std::string capitalisedPieces(std::string_view label)
{
    std::string result(label);
    bool startOfPiece = true;
    for (char& c : result) {
        if (c == '-') {
            c = ' ';
            startOfPiece = true;
            continue;
        }
        if (startOfPiece) {
            c = ascii::toUpper(c);
        }
        startOfPiece = false;
    }
    return result;
}

} // namespace

bool isNotificationAddress(std::string_view address)
{
    const std::string lower = ascii::lower(address);
    const std::string_view local = localPart(lower);
    for (const std::string_view prefix :
         {"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
          "notification", "calendar-notification", "mailer-daemon"}) {
        if (local.starts_with(prefix)) {
            return true;
        }
    }
    return isCalendarServiceDomain(domainPart(lower));
}

std::string companyFromAddress(std::string_view address)
{
    const std::string lower = ascii::lower(address);
    const std::string_view domain = domainPart(lower);
    if (domain.empty() || isNotificationAddress(lower) || isCalendarServiceDomain(domain) ||
        contains(publicDomains, domain)) {
        return {};
    }
    std::vector<std::string_view> parts = labels(domain);
    if (parts.size() < 2) {
        return {};
    }
    const std::string_view topLevel = parts.back();
    parts.pop_back();
    if (parts.size() >= 2 && topLevel.size() == 2 && contains(genericSecondLevels, parts.back())) {
        parts.pop_back();
    }
    if (contains(publicProviders, parts.back())) {
        return {};
    }
    return capitalisedPieces(parts.back());
}

bool isRoleMailbox(std::string_view address, const std::vector<std::string>& localParts)
{
    const std::string lower = ascii::lower(address);
    std::string_view local = localPart(lower);
    local = local.substr(0, local.find('+'));
    return std::any_of(localParts.begin(), localParts.end(), [&](const std::string& part) {
        const std::string wanted = ascii::lower(part);
        return !wanted.empty() && local.starts_with(wanted) &&
               (local.size() == wanted.size() || local[wanted.size()] == '.' ||
                local[wanted.size()] == '-' || local[wanted.size()] == '_');
    });
}

bool isServiceAddress(std::string_view address, const std::vector<std::string>& domains)
{
    const std::string lower = ascii::lower(address);
    const std::string_view domain = domainPart(lower);
    return !domain.empty() &&
           std::any_of(domains.begin(), domains.end(), [&](const std::string& service) {
               const std::string wanted = ascii::lower(service);
               return !wanted.empty() &&
                      (domain == wanted ||
                       (domain.size() > wanted.size() && domain.ends_with(wanted) &&
                        domain[domain.size() - wanted.size() - 1] == '.'));
           });
}

} // namespace followups

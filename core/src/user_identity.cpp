#include "followups/user_identity.h"

#include "followups/person_text.h"
#include "mail_addresses.h"

#include <algorithm>

namespace followups
{
namespace
{

std::string addressKey(std::string_view address)
{
    Person owner;
    owner.email = address;
    return personKey(owner);
}

// "sam@example.com" or "mailto:sam@example.com": one "@" with text on both sides, no spaces.
std::optional<std::string> calendarOwnerAddress(std::string_view value)
{
    value = withoutMailto(value);
    const std::size_t at = value.find('@');
    if (at == 0 || at == std::string_view::npos || at + 1 == value.size() ||
        value.find('@', at + 1) != std::string_view::npos ||
        value.find_first_of(" \t<>,;") != std::string_view::npos)
        return std::nullopt;
    return std::string(value);
}

bool counts(const CalendarUser& user, const Policy& policy)
{
    return !user.address.empty() && user.cutype != "ROOM" && user.cutype != "RESOURCE" &&
           user.cutype != "GROUP" && !isNotificationAddress(user.address) &&
           !isServiceAddress(user.address, policy.serviceDomains);
}

bool isAddressLike(std::string_view name)
{
    return name.find('@') != std::string_view::npos;
}

} // namespace

UserEvidence::UserEvidence(const Policy& policy) : policy_(policy) {}

void UserEvidence::addCalendarName(std::string_view value, const SourceLocation& where)
{
    if (auto address = calendarOwnerAddress(value))
        calendarOwners_.emplace_back(std::move(*address), where);
}

void UserEvidence::addEvent(const CalendarEvent& event)
{
    std::set<std::string> seen;
    const auto attend = [&](const CalendarUser& user, bool organizer) {
        if (!counts(user, policy_))
            return;
        const std::string key = addressKey(user.address);
        auto found = attendance_.find(key);
        if (found == attendance_.end()) {
            if (attendance_.size() >= maxAddresses && !isMyAddress(policy_, user.address))
                return;
            found = attendance_.emplace(key, Attendance{}).first;
        }
        Attendance& entry = found->second;
        if (entry.name.empty() && !user.name.empty() && !isAddressLike(user.name))
            entry.name = user.name;
        if (seen.insert(key).second)
            ++entry.events;
        if (organizer)
            ++entry.organized;
    };
    const bool hasAttendees =
        std::any_of(event.attendees.begin(), event.attendees.end(),
                    [&](const CalendarUser& user) { return counts(user, policy_); });
    if (!hasAttendees)
        return;
    ++eventsWithAttendees_;
    for (const CalendarUser& attendee : event.attendees)
        attend(attendee, false);
    if (event.organizer)
        attend(*event.organizer, true);
}

UserIdentity UserEvidence::identify() const
{
    UserIdentity user;
    const auto addNames = [&] {
        for (const std::string& address : user.addresses) {
            const auto found = attendance_.find(addressKey(address));
            if (found != attendance_.end() && !found->second.name.empty() &&
                std::find(user.names.begin(), user.names.end(), found->second.name) ==
                    user.names.end())
                user.names.push_back(found->second.name);
        }
    };
    if (!policy_.myAddresses.empty()) {
        user.source = UserIdentity::Source::Configured;
        user.addresses = policy_.myAddresses;
        addNames();
        return user;
    }
    if (!calendarOwners_.empty()) {
        user.source = UserIdentity::Source::CalendarOwner;
        user.calendar = calendarOwners_.front().second;
        for (const auto& owner : calendarOwners_) {
            const std::string& address = owner.first; // a lambda can't capture a binding (Clang 14)
            const bool known = std::any_of(
                user.addresses.begin(), user.addresses.end(),
                [&](const std::string& other) { return addressKey(other) == addressKey(address); });
            if (!known)
                user.addresses.push_back(address);
        }
        addNames();
        return user;
    }
    // The address attending most events, if two thirds and at least two; between equals, the one
    // that organised fewer (recruiters organise the rounds the user is invited to); still equal:
    // nobody can tell.
    const std::pair<const std::string, Attendance>* best = nullptr;
    bool tied = false;
    for (const auto& entry : attendance_) {
        const Attendance& attendance = entry.second;
        if (attendance.events < 2 || attendance.events * 3 < eventsWithAttendees_ * 2)
            continue;
        if (best == nullptr || attendance.events > best->second.events ||
            (attendance.events == best->second.events &&
             attendance.organized < best->second.organized)) {
            best = &entry;
            tied = false;
        } else if (attendance.events == best->second.events &&
                   attendance.organized == best->second.organized) {
            tied = true;
        }
    }
    user.eventsWithAttendees = eventsWithAttendees_;
    if (best == nullptr || tied)
        return user;
    user.source = UserIdentity::Source::Attendance;
    user.addresses = {best->first};
    user.attended = best->second.events;
    addNames();
    return user;
}

Policy withUser(Policy policy, const UserIdentity& user)
{
    if (policy.myAddresses.empty())
        policy.myAddresses = user.addresses;
    for (const std::string& name : user.names) {
        if (std::find(policy.myNames.begin(), policy.myNames.end(), name) == policy.myNames.end())
            policy.myNames.push_back(name);
    }
    return policy;
}

} // namespace followups

#include "followups/person_text.h"

#include "followups/ascii_text.h"

namespace followups
{
namespace
{

// Trims white space and the punctuation that joins a name to an address or number
// ("Jane Doe, +49 …", "Jane Doe – jane@…", "\"Jane Doe\" <…>").
std::string_view trimJoiners(std::string_view text)
{
    const auto joiner = [](char c) {
        return ascii::isSpace(c) || c == ',' || c == ':' || c == '-' || c == '"' || c == '\'';
    };
    while (!text.empty() && joiner(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && joiner(text.back())) {
        text.remove_suffix(1);
    }
    for (const std::string_view dash : {"\u2013", "\u2014"}) {
        if (text.ends_with(dash)) {
            return trimJoiners(text.substr(0, text.size() - dash.size()));
        }
    }
    return text;
}

std::string_view withoutScheme(std::string_view text, std::string_view scheme)
{
    if (ascii::startsWithIgnoringCase(text, scheme)) {
        text.remove_prefix(scheme.size());
    }
    return text;
}

bool isPhoneCharacter(char c)
{
    return ascii::isDigit(c) || c == '+' || c == ' ' || c == '(' || c == ')' || c == '-' ||
           c == '.' || c == '/';
}

// Where a phone number takes up the rest of the text: from a '+', '(' or digit on, only phone
// characters and at least five digits. npos when the text does not end in a number.
std::size_t phoneStart(std::string_view text)
{
    std::size_t start = text.size();
    int digits = 0;
    while (start > 0 && isPhoneCharacter(text[start - 1])) {
        --start;
        digits += ascii::isDigit(text[start]) ? 1 : 0;
    }
    while (start < text.size() &&
           !(text[start] == '+' || text[start] == '(' || ascii::isDigit(text[start]))) {
        ++start;
    }
    return digits >= 5 && start < text.size() ? start : std::string_view::npos;
}

std::string collapseSpaces(std::string_view text)
{
    std::string result;
    for (const char c : text) {
        if (!ascii::isSpace(c)) {
            result.push_back(c);
        } else if (!result.empty() && result.back() != ' ') {
            result.push_back(' ');
        }
    }
    if (!result.empty() && result.back() == ' ') {
        result.pop_back();
    }
    return result;
}

} // namespace

std::string nameFromAddress(std::string_view address)
{
    std::string_view local = address.substr(0, address.find('@'));
    local = local.substr(0, local.find('+'));
    std::string name;
    bool startOfPiece = true;
    for (const char c : local) {
        if (c == '.' || c == '_' || c == '-') {
            startOfPiece = true;
            continue;
        }
        if (startOfPiece && !name.empty()) {
            name.push_back(' ');
        }
        name.push_back(startOfPiece ? ascii::toUpper(c) : c);
        startOfPiece = false;
    }
    return name;
}

std::optional<Person> parsePerson(std::string_view text)
{
    text = trimJoiners(text);
    if (text.empty()) {
        return std::nullopt;
    }
    Person person;
    const std::size_t open = text.find('<');
    const std::size_t close = open == std::string_view::npos ? open : text.find('>', open);
    if (close != std::string_view::npos) {
        person.email = trimJoiners(
            withoutScheme(trimJoiners(text.substr(open + 1, close - open - 1)), "mailto:"));
        person.name = collapseSpaces(trimJoiners(text.substr(0, open)));
    } else if (const std::size_t at = text.find('@'); at != std::string_view::npos) {
        std::size_t begin = at;
        while (begin > 0 && !ascii::isSpace(text[begin - 1])) {
            --begin;
        }
        std::size_t end = at;
        while (end < text.size() && !ascii::isSpace(text[end])) {
            ++end;
        }
        person.email = trimJoiners(withoutScheme(text.substr(begin, end - begin), "mailto:"));
        std::string rest(text.substr(0, begin));
        rest.append(" ").append(text.substr(end));
        person.name = collapseSpaces(trimJoiners(rest));
    } else {
        const std::string_view number = withoutScheme(text, "tel:");
        if (const std::size_t start = phoneStart(number); start != std::string_view::npos) {
            person.phone = collapseSpaces(number.substr(start));
            person.name = collapseSpaces(trimJoiners(number.substr(0, start)));
        } else {
            person.name = collapseSpaces(text);
        }
    }
    if (person.name.empty() && !person.email.empty()) {
        person.name = nameFromAddress(person.email);
    }
    if (person.empty()) {
        return std::nullopt;
    }
    return person;
}

std::string contactText(const Person& person)
{
    const std::string& address = person.email.empty() ? person.phone : person.email;
    if (address.empty())
        return person.name;
    return person.name.empty() ? address : person.name + " <" + address + ">";
}

std::optional<Person> personFromContact(std::string_view text, std::string_view altrep)
{
    text = ascii::trim(text);
    Person person;
    std::string_view address;
    const std::size_t open = text.rfind('<');
    if (open != std::string_view::npos && text.ends_with('>')) {
        person.name = ascii::trim(text.substr(0, open));
        address = ascii::trim(text.substr(open + 1, text.size() - open - 2));
    } else if (text.find('@') != std::string_view::npos || phoneStart(text) == 0) {
        address = text;
    } else {
        person.name = text;
    }
    if (address.find('@') != std::string_view::npos)
        person.email = withoutMailto(address);
    else
        person.phone = address;

    // The URL fills what the text lacks; the text keeps the number as the user sees it.
    if (person.email.empty() && ascii::startsWithIgnoringCase(altrep, "mailto:"))
        person.email = withoutMailto(altrep);
    else if (person.phone.empty() && person.email.empty() &&
             ascii::startsWithIgnoringCase(altrep, "tel:"))
        person.phone = ascii::trim(altrep.substr(4));
    if (person.empty())
        return std::nullopt;
    return person;
}

std::string_view withoutMailto(std::string_view address)
{
    return ascii::trim(withoutScheme(ascii::trim(address), "mailto:"));
}

std::string personLine(const Person& person)
{
    std::string line = !person.name.empty()    ? person.name
                       : !person.email.empty() ? person.email
                                               : person.phone;
    if (!person.name.empty() && !person.email.empty())
        line += " <" + person.email + ">";
    if (!person.phone.empty() && line != person.phone)
        line += ", " + person.phone;
    return line;
}

std::vector<Person> parsePersonList(std::string_view text)
{
    std::vector<Person> people;
    bool inAngle = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        inAngle = c == '<' || (inAngle && c != '>');
        if (!inAngle && (c == ',' || c == ';')) {
            if (auto person = parsePerson(text.substr(start, i - start))) {
                people.push_back(std::move(*person));
            }
            start = i + 1;
        }
    }
    return people;
}

} // namespace followups

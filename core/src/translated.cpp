#include "translated.h"

#include "followups/ascii_text.h"
#include "followups/translation.h"

#include <libintl.h>
#include <vector>

namespace followups
{

std::string translated(const char* message)
{
    return dgettext(textDomain, message);
}

std::string translatedInContext(const char* context, const char* message)
{
    // gettext's msgctxt: the catalog's key is the context, an EOT, then the message.
    const std::string key = std::string(context) + '\004' + message;
    const char* translation = dgettext(textDomain, key.c_str());
    return translation == key.c_str() ? message : translation;
}

std::string translatedPlural(const char* singular, const char* plural, unsigned long count)
{
    return dngettext(textDomain, singular, plural, count);
}

std::string filledIn(std::string_view pattern, std::initializer_list<std::string_view> values)
{
    const std::vector<std::string_view> numbered(values);
    std::string text;
    text.reserve(pattern.size() + 64);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t percent = pattern.find('%', i);
        text.append(pattern.substr(i, percent - i));
        if (percent == std::string_view::npos)
            break;
        if (pattern.substr(percent, 2) == "%%") {
            text += '%';
            i = percent + 2;
            continue;
        }
        // "%N$s" / "%N$d": one digit suffices, no message has ten values.
        const std::string_view directive = pattern.substr(percent, 4);
        if (directive.size() == 4 && ascii::isDigit(directive[1]) && directive[1] != '0' &&
            directive[2] == '$' && (directive[3] == 's' || directive[3] == 'd')) {
            const auto n = static_cast<std::size_t>(directive[1] - '1');
            if (n < numbered.size()) {
                text.append(numbered[n]);
                i = percent + 4;
                continue;
            }
        }
        text += '%';
        i = percent + 1;
    }
    return text;
}

} // namespace followups

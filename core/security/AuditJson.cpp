#include "security/AuditJson.h"

#include "domain/Dates.h"

#include <algorithm>

namespace foljsam::core {

namespace {

char hexDigit(uint u) {
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

void appendEscape(QByteArray& out, char16_t u) {
    out.append("\\u");
    out.append(hexDigit(u >> 12 & 0xf));
    out.append(hexDigit(u >> 8 & 0xf));
    out.append(hexDigit(u >> 4 & 0xf));
    out.append(hexDigit(u & 0xf));
}

// A code point of U+0080 or above (no surrogate) as UTF-8.
void appendUtf8(QByteArray& out, char32_t c) {
    if (c < 0x800) {
        out.append(char(0xc0 | c >> 6));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | c >> 12));
        out.append(char(0x80 | (c >> 6 & 0x3f)));
    } else {
        out.append(char(0xf0 | c >> 18));
        out.append(char(0x80 | (c >> 12 & 0x3f)));
        out.append(char(0x80 | (c >> 6 & 0x3f)));
    }
    out.append(char(0x80 | (c & 0x3f)));
}

QByteArray object(const QList<std::pair<QByteArray, QByteArray>>& fields) {
    QByteArray out;
    out.append('{');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append('"');
        out.append(fields.at(i).first);
        out.append("\":");
        out.append(fields.at(i).second);
    }
    out.append('}');
    return out;
}

} // namespace

QByteArray AuditJson::string(const QString& s) {
    QByteArray out;
    out.reserve(s.size() + 2);
    out.append('"');
    const char16_t* src = reinterpret_cast<const char16_t*>(s.constData());
    const char16_t* const end = src + s.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                out.append("\\\"");
                break;
            case u'\\':
                out.append("\\\\");
                break;
            case 0x8:
                out.append("\\b");
                break;
            case 0xc:
                out.append("\\f");
                break;
            case 0xa:
                out.append("\\n");
                break;
            case 0xd:
                out.append("\\r");
                break;
            case 0x9:
                out.append("\\t");
                break;
            default:
                if (u < 0x20) {
                    out.append("\\u00");
                    out.append(hexDigit(u >> 4));
                    out.append(hexDigit(u & 0xf));
                } else {
                    out.append(char(u));
                }
            }
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            appendUtf8(out, QChar::surrogateToUcs4(u, *src++));
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u); // as QJsonDocument: a lone surrogate is not UTF-8
        } else {
            appendUtf8(out, u);
        }
    }
    out.append('"');
    return out;
}

AuditJson& AuditJson::add(const char* key, QByteArray value) {
    if (!m_fields.isEmpty() && qstrcmp(m_fields.constLast().first.constData(), key) >= 0) {
        m_sorted = false;
    }
    m_fields.append({QByteArray(key), std::move(value)});
    return *this;
}

AuditJson& AuditJson::null(const char* key) {
    return add(key, QByteArrayLiteral("null"));
}

AuditJson& AuditJson::integer(const char* key, qint64 value) {
    return add(key, QByteArray::number(value));
}

AuditJson& AuditJson::text(const char* key, const QString& s) {
    return s.isEmpty() ? null(key) : add(key, string(s));
}

AuditJson& AuditJson::raw(const char* key, const QString& s) {
    return s.isNull() ? null(key) : add(key, string(s));
}

AuditJson& AuditJson::date(const char* key, QDate d) {
    return d.isValid() ? add(key, '"' + toIso(d).toLatin1() + '"') : null(key);
}

AuditJson& AuditJson::id(const char* key, Id value) {
    return value ? integer(key, value) : null(key);
}

AuditJson& AuditJson::optInt(const char* key, std::optional<int> value) {
    return value ? integer(key, *value) : null(key);
}

AuditJson& AuditJson::list(const char* key, const QStringList& values) {
    QByteArray out;
    out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append(values.at(i).isNull() ? QByteArrayLiteral("null") : string(values.at(i)));
    }
    out.append(']');
    return add(key, out);
}

AuditJson& AuditJson::json(const char* key, const QByteArray& value) {
    return add(key, value);
}

void AuditJson::sort() const {
    if (!m_sorted) {
        std::stable_sort(m_fields.begin(), m_fields.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        m_sorted = true;
    }
}

QByteArray AuditJson::object() const {
    sort();
    return foljsam::core::object(m_fields);
}

QByteArray AuditJson::array(const QList<QByteArray>& values) {
    QByteArray out;
    out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append(values.at(i));
    }
    out.append(']');
    return out;
}

const QList<std::pair<QByteArray, QByteArray>>& AuditJson::fields() const {
    sort();
    return m_fields;
}

QByteArray AuditJson::value(const QByteArray& key) const {
    sort();
    const auto it =
        std::lower_bound(m_fields.cbegin(), m_fields.cend(), key,
                         [](const auto& field, const QByteArray& k) { return field.first < k; });
    return it != m_fields.cend() && it->first == key ? it->second : QByteArray();
}

QByteArray AuditJson::created(const AuditJson& after) {
    return "{\"new\":" + after.object() + '}';
}

QByteArray AuditJson::updated(const AuditJson& before, const AuditJson& after) {
    // Both views have the same keys (the same record's), so a key's value differs or not.
    QList<std::pair<QByteArray, QByteArray>> oldValues;
    QList<std::pair<QByteArray, QByteArray>> newValues;
    for (const auto& [key, value] : after.fields()) {
        const QByteArray was = before.value(key);
        if (was != value) {
            oldValues.append({key, was.isEmpty() ? QByteArrayLiteral("null") : was});
            newValues.append({key, value});
        }
    }
    return "{\"new\":" + foljsam::core::object(newValues) +
           ",\"old\":" + foljsam::core::object(oldValues) + '}';
}

} // namespace foljsam::core

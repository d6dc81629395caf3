#include "image/healthcheck.h"

#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

using namespace Qt::StringLiterals;

namespace Ponton::Image {

Result<Healthcheck> Healthcheck::fromJson(const QJsonObject &object, const QString &what)
{
    Healthcheck healthcheck;
    JsonFieldReader reader(object, what, u"config.Healthcheck."_s);
    reader.read(u"Test"_s, healthcheck.test);
    reader.read(u"Interval"_s, healthcheck.interval);
    reader.read(u"Timeout"_s, healthcheck.timeout);
    reader.read(u"StartPeriod"_s, healthcheck.startPeriod);
    reader.read(u"StartInterval"_s, healthcheck.startInterval);
    reader.read(u"Retries"_s, healthcheck.retries);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    return healthcheck;
}

QJsonObject Healthcheck::toJson(const QJsonObject &base) const
{
    QJsonObject object = base;
    JsonOverlay::putStrings(object, u"Test"_s, test);
    JsonOverlay::putInteger(object, u"Interval"_s, interval);
    JsonOverlay::putInteger(object, u"Timeout"_s, timeout);
    JsonOverlay::putInteger(object, u"StartPeriod"_s, startPeriod);
    JsonOverlay::putInteger(object, u"StartInterval"_s, startInterval);
    JsonOverlay::putInteger(object, u"Retries"_s, retries);
    return object;
}

} // namespace Ponton::Image

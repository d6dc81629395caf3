#pragma once

#include <QString>
#include <QTest>

// Fails the test with the error's text when a Result<T> or Status holds an error.
#define VERIFY_OK(expr)                                                                                               \
    do {                                                                                                              \
        const auto &check_ = (expr);                                                                                  \
        QVERIFY2(check_.has_value(), qPrintable(check_ ? QString() : check_.error().toString()));                     \
    } while (false)

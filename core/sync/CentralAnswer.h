#pragma once

#include <QByteArray>
#include <QString>

namespace kassa::core {

// What central answered: an HTTP status and body; status 0 when it could not be asked, and
// `problem` says why (the till then goes on under its offline rules).
struct CentralAnswer {
    int status = 0;
    QByteArray body;
    QString problem;
};

} // namespace kassa::core

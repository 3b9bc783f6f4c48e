// sync/server/openapi.yaml is what integrators generate clients from: every route central
// serves is described there (and nothing it does not serve), and every operation has an
// operationId. Its lint (`redocly lint`) is the CTest test OpenApiLint.

#include "sync/server/CentralService.h"
#include "sync/server/SqliteCentralStore.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

namespace {

struct Described {
    QSet<QString> operations; // "GET /v1/sales"
    QStringList withoutId;
    QMap<QString, QString> security; // "GET /v1/sales" -> "[{integrationToken: [\"sales:read\"]}]"
};

// The security requirement openapi.yaml must state for who may call a route: the scope a token
// needs is named as OpenAPI 3.1 lets any scheme name its roles.
QString securityOf(const sync::RouteAccess& route) {
    const QString token = QStringLiteral("{integrationToken: [\"%1\"]}").arg(QString::fromLatin1(route.scope));
    switch (route.access) {
    case sync::Access::Anyone:
        return QStringLiteral("[]");
    case sync::Access::Till:
        return QStringLiteral("[{tillCertificate: []}]");
    case sync::Access::Token:
        return QLatin1Char('[') + token + QLatin1Char(']');
    case sync::Access::TillOrToken:
        return QStringLiteral("[{tillCertificate: []}, ") + token + QLatin1Char(']');
    }
    return {};
}

// The paths and their operations, read from the document's own layout: a path at two spaces
// of indentation, its operations at four, their fields at six.
Described readDocument() {
    Described described;
    QFile file(QStringLiteral(KASSA_TEST_SOURCE_DIR "/../sync/server/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly)) {
        return described;
    }
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):$"));
    static const QRegularExpression operationLine(QStringLiteral("^    (get|put|post|delete|patch):$"));
    QString path;
    QString operation;
    bool inPaths = false;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty()) {
            inPaths = line == QLatin1String("paths:");
            continue;
        }
        if (!inPaths) {
            continue;
        }
        if (const auto match = pathLine.match(line); match.hasMatch()) {
            path = match.captured(1);
        } else if (const auto op = operationLine.match(line); op.hasMatch()) {
            operation = op.captured(1).toUpper() + QLatin1Char(' ') + path;
            described.operations.insert(operation);
            described.withoutId << operation;
        } else if (line.startsWith(QLatin1String("      operationId: "))) {
            described.withoutId.removeAll(operation);
        } else if (line.startsWith(QLatin1String("      security: "))) {
            described.security.insert(operation, line.mid(16));
        }
    }
    return described;
}

} // namespace

class TestOpenApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRouteCentralServesIsDescribedAndNothingElse() {
        QTemporaryDir dir;
        sync::SqliteCentralStore store(dir.path());
        const sync::CentralService service(store, sync::createCertificateAuthority(QStringLiteral("Test")));
        QSet<QString> served;
        for (const sync::RouteAccess& route : service.routes()) {
            served.insert(QString::fromLatin1(route.method + ' ' + route.path));
        }
        const Described described = readDocument();
        QVERIFY2(!described.operations.isEmpty(), "openapi.yaml was not found or has no paths");
        QCOMPARE(QSet<QString>(served).subtract(described.operations), QSet<QString>());
        QCOMPARE(QSet<QString>(described.operations).subtract(served), QSet<QString>());
    }

    // Who may call each route, and the scope a token needs, as central checks them.
    void everyOperationStatesWhoMayCallItAndTheScopeItNeeds() {
        QTemporaryDir dir;
        sync::SqliteCentralStore store(dir.path());
        const sync::CentralService service(store, sync::createCertificateAuthority(QStringLiteral("Test")));
        const Described described = readDocument();
        QVERIFY(!described.security.isEmpty());
        for (const sync::RouteAccess& route : service.routes()) {
            const QString operation = QString::fromLatin1(route.method + ' ' + route.path);
            QCOMPARE(operation + QStringLiteral(": ") + described.security.value(operation),
                     operation + QStringLiteral(": ") + securityOf(route));
        }
    }

    void everyOperationHasAnOperationId() {
        const Described described = readDocument();
        QVERIFY(!described.operations.isEmpty());
        QCOMPARE(described.withoutId, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"

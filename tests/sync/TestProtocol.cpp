#include "core/domain/Sale.h"
#include "sync/protocol/Protocol.h"

#include <QTest>

using namespace kassa;

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheCurrentSaleSchemaOnly() {
        QVERIFY(sync::acceptsEventSchema(core::kSaleSchemaVersion));
        QVERIFY(!sync::acceptsEventSchema(core::kSaleSchemaVersion + 1));
        QVERIFY(!sync::acceptsEventSchema(0));
        QCOMPARE(QString::fromLatin1(sync::kApiPrefix), QStringLiteral("/v1"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "TestProtocol.moc"

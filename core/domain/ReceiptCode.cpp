#include "ReceiptCode.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace kassa::core {

namespace {

constexpr char kFormat[] = "K1";
constexpr char kTimeFormat[] = "yyyyMMddTHHmmss'Z'";
constexpr qsizetype kMaxCodeBytes = 4000; // more than a QR code of a receipt holds

QByteArray escaped(const QString& text) {
    return QUrl::toPercentEncoding(text, "-._~");
}

Error damaged() {
    return makeError(ErrorCode::ReceiptCodeDamaged);
}

std::optional<std::int64_t> number(const QByteArray& field) {
    bool ok = false;
    const qlonglong value = field.toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(value) : std::nullopt;
}

bool readLine(const QList<QByteArray>& fields, ReceiptCode& code) {
    if (fields.size() != 6) {
        return false;
    }
    const auto line = number(fields[0]);
    const auto quantity = number(fields[2]);
    const auto unit = number(fields[3]);
    const auto net = number(fields[4]);
    if (!line || !quantity || !unit || !net || *line < 1 || *quantity <= 0 || *net < 0) {
        return false;
    }
    ReturnableLine sold;
    sold.line = static_cast<int>(*line);
    sold.sku = QUrl::fromPercentEncoding(fields[1]);
    sold.name = sold.sku;
    sold.quantityMilli = *quantity;
    sold.unitPrice = Money(*unit);
    sold.net = Money(*net);
    sold.taxCode = QUrl::fromPercentEncoding(fields[5]);
    code.lines.push_back(std::move(sold));
    return !code.lines.back().sku.isEmpty();
}

bool readPayment(const QList<QByteArray>& fields, ReceiptCode& code) {
    const auto amount = fields.size() == 3 ? number(fields[1]) : std::nullopt;
    if (!amount || fields[0].isEmpty()) {
        return false;
    }
    code.tenders.push_back(
        OriginalTender{QString::fromLatin1(fields[0]), Money(*amount), QString::fromLatin1(fields[2]), {}});
    return true;
}

bool readHeader(const QList<QByteArray>& parts, ReceiptCode& code) {
    static const QRegularExpression receipt(QStringLiteral("^(\\d{3})-(\\d{2})-\\d{6,}$"));
    const QRegularExpressionMatch match = receipt.match(QString::fromLatin1(parts.value(1)));
    code.soldAt = QDateTime::fromString(QString::fromLatin1(parts.value(2)), QString::fromLatin1(kTimeFormat));
    code.soldAt.setTimeZone(QTimeZone::utc());
    code.keyId = QString::fromLatin1(parts.value(3));
    if (parts.value(0) != kFormat || !match.hasMatch() || !code.soldAt.isValid() || code.keyId.size() != 16) {
        return false;
    }
    code.receiptNumber = match.captured(0);
    code.storeId = match.captured(1);
    code.tillId = match.captured(2);
    return true;
}

} // namespace

QString receiptKeyId(const QString& certificateFingerprint) {
    return certificateFingerprint.toLower().remove(QLatin1Char(':')).left(16);
}

QByteArray receiptCodePayload(const CompletedSale& sale, const QString& keyId) {
    QByteArray text = QByteArray(kFormat) + '|' + sale.receiptNumber.toLatin1() + '|' +
                      sale.completedAt.toUTC().toString(QString::fromLatin1(kTimeFormat)).toLatin1() + '|' +
                      keyId.toLatin1();
    for (const SaleLine& line : sale.lines) {
        if (line.voided) {
            continue;
        }
        text += "|L" + QByteArray::number(line.lineNo) + ',' + escaped(line.sku) + ',' +
                QByteArray::number(static_cast<qlonglong>(line.quantityMilli)) + ',' +
                QByteArray::number(static_cast<qlonglong>(line.unitPrice.cents())) + ',' +
                QByteArray::number(static_cast<qlonglong>(line.net().cents())) + ',' + escaped(line.taxCode);
    }
    for (const Tender& tender : sale.tenders) {
        text += "|P" + tenderKindToString(tender.kind).toLatin1() + ',' +
                QByteArray::number(static_cast<qlonglong>(tender.amount.cents())) + ',' + escaped(tender.card.authCode);
    }
    return text;
}

QByteArray receiptCodeText(const QByteArray& payload, const QByteArray& signature) {
    return payload + "|S" + signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool looksLikeReceiptCode(const QString& text) {
    return text.startsWith(QLatin1String("K1|"));
}

Result<ReceiptCode> parseReceiptCode(const QByteArray& text) {
    const QByteArray code = text.trimmed();
    const qsizetype mark = code.lastIndexOf("|S");
    if (code.size() > kMaxCodeBytes || mark < 0) {
        return damaged();
    }
    ReceiptCode read;
    read.signedText = code.left(mark);
    const auto signature = QByteArray::fromBase64Encoding(
        code.mid(mark + 2), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = read.signedText.split('|');
    if (!signature || signature.decoded.isEmpty() || parts.size() < 5 || !readHeader(parts, read)) {
        return damaged();
    }
    read.signature = signature.decoded;
    for (qsizetype i = 4; i < parts.size(); ++i) {
        const QList<QByteArray> fields = parts[i].mid(1).split(',');
        const bool ok = parts[i].startsWith('L')   ? readLine(fields, read)
                        : parts[i].startsWith('P') ? readPayment(fields, read)
                                                   : false;
        if (!ok) {
            return damaged();
        }
    }
    if (read.lines.empty()) {
        return damaged();
    }
    return read;
}

ReturnableDocument returnableOf(const ReceiptCode& code) {
    ReturnableDocument document;
    document.channel = QString::fromLatin1(returnChannels::kStore);
    document.number = code.receiptNumber;
    document.storeId = code.storeId;
    document.soldAt = code.soldAt;
    document.source = DocumentSource::Receipt;
    document.lines = code.lines;
    document.tenders = code.tenders;
    return document;
}

} // namespace kassa::core

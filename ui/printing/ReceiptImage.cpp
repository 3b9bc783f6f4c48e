#include "ReceiptImage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace kassa::ui {

namespace {

constexpr int kWidth = 576; // dots across 80 mm paper
constexpr int kMargin = 12;
constexpr int kBarModule = 2; // dots per CODE128 module
constexpr int kBarHeight = 100;
constexpr int kQrModule = 4; // dots per QR module

QImage code128(const QString& text) {
    const ZXing::BitMatrix bars =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(10).encode(text.toStdString(), 0, 1);
    QImage image(bars.width() * kBarModule, kBarHeight, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int x = 0; x < bars.width(); ++x) {
        if (bars.get(x, 0)) {
            painter.fillRect(x * kBarModule, 0, kBarModule, kBarHeight, Qt::black);
        }
    }
    return image;
}

QImage qr(const QByteArray& data) {
    const ZXing::BitMatrix modules = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                         .setMargin(4)
                                         .setEccLevel(2) // M, as the receipt printer prints it
                                         .encode(data.toStdString(), 0, 0);
    QImage image(modules.width() * kQrModule, modules.height() * kQrModule, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (modules.get(x, y)) {
                painter.fillRect(x * kQrModule, y * kQrModule, kQrModule, kQrModule, Qt::black);
            }
        }
    }
    return image;
}

} // namespace

QImage renderReceiptImage(const QString& text, const std::vector<QString>& barcodes, const QByteArray& qrCode) {
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.trimmed().startsWith(QLatin1String("||")); });
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(22); // 42 characters across the paper
    const QFontMetrics metrics(font);
    std::vector<QImage> codes;
    for (const QString& barcode : barcodes) {
        codes.push_back(code128(barcode));
    }
    if (!qrCode.isEmpty()) {
        codes.push_back(qr(qrCode));
    }
    int height = kMargin * 2 + static_cast<int>(lines.size()) * metrics.lineSpacing();
    for (const QImage& code : codes) {
        height += code.height() + kMargin;
    }
    QImage image(kWidth, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    int y = kMargin;
    for (const QString& line : lines) {
        painter.drawText(kMargin, y + metrics.ascent(), line);
        y += metrics.lineSpacing();
    }
    for (const QImage& code : codes) {
        y += kMargin;
        painter.drawImage((kWidth - code.width()) / 2, y, code);
        y += code.height();
    }
    return image;
}

} // namespace kassa::ui

package se.platskompassen.dialogue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Reads QR codes back from images, the way a phone would: it has to find the code first. */
public final class QrImages {

    private QrImages() {
    }

    public static String decode(BufferedImage image) {
        var reader = new MultiFormatReader();
        reader.setHints(Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
        try {
            return reader.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found in the image", e);
        }
    }
}

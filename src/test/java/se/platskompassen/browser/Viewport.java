package se.platskompassen.browser;

/** The screens Platskompassen is used on, as CSS pixel sizes of the visible page. */
public enum Viewport {

    PHONE(390, 844),
    TABLET_PORTRAIT(768, 1024),
    TABLET_LANDSCAPE(1280, 800),
    PROJECTOR(1920, 1080);

    final int width;
    final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }
}

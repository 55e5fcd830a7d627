package se.platskompassen.response;

/** How a response was collected; results differ by mode, so every response records it. */
public enum CollectionMode {
    SHARED_TABLET,
    OWN_DEVICE,
    PAPER,
    GROUP
}

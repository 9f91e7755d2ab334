package dev.keyhaven.cli;

/** Values shaped like OKX's, and distinctive enough to be searched for in any output. */
final class FakeCredentials {

    static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b";
    static final String OTHER_API_KEY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String SECRET_KEY = "22582BD0CFF14C41EDBF1AB98506286D";
    static final String PASSPHRASE = "Grid-Bot-Pass-2024!";

    private FakeCredentials() {
    }
}

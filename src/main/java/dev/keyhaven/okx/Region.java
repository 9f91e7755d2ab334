package dev.keyhaven.okx;

/** The OKX site where the user registered; a key only works on its own site's host. */
public enum Region {
    GLOBAL("Global", "okx.com", "https://www.okx.com", "https://www.okx.com/account/my-api"),
    EEA("EEA", "my.okx.com", "https://eea.okx.com", "https://my.okx.com/account/my-api"),
    US("US / Australia", "app.okx.com", "https://us.okx.com", "https://app.okx.com/account/my-api");

    private final String displayName;
    private final String website;
    private final String restBaseUrl;
    private final String apiManagementUrl;

    Region(String displayName, String website, String restBaseUrl, String apiManagementUrl) {
        this.displayName = displayName;
        this.website = website;
        this.restBaseUrl = restBaseUrl;
        this.apiManagementUrl = apiManagementUrl;
    }

    /** For people: "Global", "EEA", "US / Australia". */
    public String displayName() {
        return displayName;
    }

    /** The website the user logs in to, e.g. {@code my.okx.com}. */
    public String website() {
        return website;
    }

    /** The REST base URL without a trailing slash. */
    public String restBaseUrl() {
        return restBaseUrl;
    }

    /** The page where the user creates and manages API keys. */
    public String apiManagementUrl() {
        return apiManagementUrl;
    }
}

package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What {@code GET /api/v5/account/config} tells about the account and the calling key.
 *
 * @param permissions what the calling key may do
 * @param ips         the IPs the calling key is bound to; empty when it is not bound
 * @param label       the key's name on OKX
 * @param acctLv      the account mode, see {@link AccountLevel}
 * @param kycLv       the identity-verification level, "" when not sent
 * @param type        OKX's account type, "" when not sent
 */
public record AccountConfig(
        String uid,
        String mainUid,
        int acctLv,
        String label,
        Permissions permissions,
        List<String> ips,
        String kycLv,
        String type) {

    public AccountConfig {
        ips = List.copyOf(ips);
    }

    /** True when the key belongs to a sub-account (its uid differs from the main account's). */
    public boolean subAccount() {
        return !mainUid.isEmpty() && !uid.equals(mainUid);
    }

    public String acctLvName() {
        return AccountLevel.nameOf(acctLv);
    }

    static AccountConfig fromJson(JsonNode item) throws OkxException {
        String uid = JsonFields.text(item, "uid");
        if (uid.isEmpty() || !item.has("perm")) {
            throw OkxException.of(OkxException.Kind.MISSING_DATA,
                    "OKX answered the account request without the account's id or the key's permissions.", 200);
        }
        return new AccountConfig(uid, JsonFields.text(item, "mainUid"), JsonFields.integer(item, "acctLv", 0),
                JsonFields.text(item, "label"), Permissions.parse(JsonFields.text(item, "perm")),
                JsonFields.commaList(item, "ip"), JsonFields.text(item, "kycLv"), JsonFields.text(item, "type"));
    }
}

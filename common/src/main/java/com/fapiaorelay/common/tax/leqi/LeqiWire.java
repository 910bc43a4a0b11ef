package com.fapiaorelay.common.tax.leqi;

/** Paths, headers and codes of the 乐企 wire (public sources in docs/leqi.md). */
public final class LeqiWire {

    /** 乐企自用基础版开票能力: the capability whose services upload issued invoices. */
    public static final String ABILITY = "202007";

    /** 数电票上传. */
    public static final String UPLOAD = "QDFPSC";

    /** 查询数电票上传结果. */
    public static final String UPLOAD_RESULT = "CXQDFPSCJG";

    public static final String PRODUCTION_PREFIX = "/access/v2/invoke/";
    public static final String SANDBOX_PREFIX = "/access/newsandbox/v2/invoke/";

    public static final String SERVICE = "fwbm";
    public static final String ABILITY_HEADER = "nlbm";
    public static final String ACCESS_UNIT = "jrdwptbh";
    public static final String USER_UNIT = "sydwptbh";
    public static final String CASE = "ylbm";
    public static final String SIGNATURE = "access_signature";
    public static final String SANDBOX_FLAG = "sxcsbz";

    /** The flag's value on the sandbox path (assumed: the public client passes its own configuration through). */
    public static final String SANDBOX_FLAG_ON = "1";

    /** QDFPSC's and CXQDFPSCJG's {@code returncode} for a handled request (public capture). */
    public static final String RETURN_OK = "00";

    private LeqiWire() {}

    public static String path(boolean sandbox, String service) {
        return (sandbox ? SANDBOX_PREFIX : PRODUCTION_PREFIX) + ABILITY + "/" + service;
    }
}

package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Severity.ERROR;
import static com.fapiaorelay.common.validation.Severity.WARNING;

/**
 * Every rule validation applies: its stable code (the constant's name), its severity and its messages, written for
 * a finance clerk. Messages never repeat the field's value, since a buyer's tax ID may be a personal ID number.
 */
public enum Rule {
    REQUIRED(ERROR, "必填项为空：%s", "required field is empty: %s"),
    SPECIAL_WITHOUT_BUYER_TAXID(
            ERROR,
            "专票必须填写购买方纳税人识别号；购买方没有税号时请改开普票",
            "a special invoice needs the buyer's tax ID; for a buyer without one, issue a normal invoice"),
    QUANTITY_PRICE_PAIR(ERROR, "数量和单价须同时填写或同时不填", "quantity and unit price must be given together or not at all"),
    TAXID_FORMAT(
            ERROR,
            "纳税人识别号格式不正确：应为 18 位统一社会信用代码（不含 I、O、S、V、Z），或 15、17、20 位旧税号，大写且无空格",
            "malformed taxpayer ID: expected an 18-character USCC (without I, O, S, V, Z) or an older 15-, 17- or"
                    + " 20-character ID, in upper case without spaces"),
    TAXID_CHECKSUM(
            WARNING,
            "统一社会信用代码校验位按 GB 32100 应为 %s；如与营业执照一致，可能是早期发放的代码，可以保留",
            "by GB 32100 the USCC check character should be %s; if the ID matches the business licence it may be"
                    + " a genuine early code and can stay"),
    INVOICE_NUMBER_FORMAT(
            ERROR,
            "发票号码格式不正确：数电票为 20 位数字；旧版发票为 8 位数字，并填写发票代码",
            "malformed invoice number: 20 digits for a fully digitalised invoice, or 8 digits with an invoice code"
                    + " for an older one"),
    INVOICE_CODE_FORMAT(
            ERROR,
            "发票代码格式不正确：应为 10 位数字，或以 0 开头的 12 位数字",
            "malformed invoice code: 10 digits, or 12 digits starting with 0"),
    ISSUE_TIME_FUTURE(
            ERROR,
            "开票时间晚于当前时间超过 %s 分钟，请检查开票系统的时钟",
            "the issue time is more than %s minutes in the future; check the issuing system's clock"),
    ISSUE_TIME_TOO_OLD(
            ERROR, "开票时间早于 %s 天前，超出可上传的期限", "the issue time is more than %s days ago, outside the upload window"),
    TAX_RATE_NOT_ALLOWED(
            ERROR,
            "税率不在允许的范围内（%s）；税率请写成小数，如 0.13",
            "the tax rate is not one of the allowed rates (%s); write rates as decimals, e.g. 0.13"),
    POLICY_FLAG_MISMATCH(
            ERROR,
            "优惠政策标识与税率不符：免税（03）和不征税（04）的税率须为 0，5%% 减按 1.5%%（10）的税率须为 0.015",
            "the preferential-policy flag does not fit the rate: exempt (03) and not taxable (04) need rate 0,"
                    + " 5%% reduced to 1.5%% (10) needs rate 0.015"),
    ZERO_RATE_WITHOUT_POLICY(
            WARNING,
            "税率为 0 但没有优惠政策标识：免税请标 03，不征税请标 04",
            "rate 0 without a preferential-policy flag: mark exempt lines 03 and not-taxable lines 04"),
    LINE_NATURE(
            ERROR,
            "发票行性质无效：00 正常行，01 折扣行，02 被折扣行",
            "invalid line nature: 00 normal, 01 discount line, 02 discounted line"),
    LINE_AMOUNT(ERROR, "单价 × 数量 = %s，与金额相差超过 %s", "unit price × quantity = %s, more than %s away from the amount"),
    LINE_TAX(ERROR, "金额 × 税率 = %s，与税额相差超过 %s", "amount × rate = %s, more than %s away from the tax"),
    MONEY_SCALE(ERROR, "金额最多保留两位小数", "money has at most two decimal places"),
    MONEY_TOO_LARGE(ERROR, "金额的整数部分最多 %s 位", "money has at most %s digits before the decimal point"),
    NUMBER_OUT_OF_RANGE(
            ERROR,
            "数量和单价的整数部分最多 %s 位，小数部分最多 %s 位",
            "quantity and unit price have at most %s digits before the decimal point and %s after it"),
    TOTAL_AMOUNT(ERROR, "各行金额之和为 %s，与合计金额不符", "the lines' amounts add up to %s, not to the total amount"),
    TOTAL_TAX(ERROR, "各行税额之和为 %s，与合计税额不符", "the lines' taxes add up to %s, not to the total tax"),
    GRAND_TOTAL(ERROR, "合计金额 + 合计税额 = %s，与价税合计不符", "total amount + total tax = %s, not the grand total"),
    TAX_DEVIATION(
            ERROR,
            "按各行金额 × 税率计算的税额合计为 %s，与合计税额相差超过 %s，请按行重新计算税额",
            "amount × rate over all lines gives %s, more than %s away from the total tax; recompute the lines' tax"),
    ITEM_NAME_FORMAT(
            ERROR, "商品名称应写成 *类别*名称，如 *信息技术服务*软件开发服务", "write the item name as *category*name, e.g. *信息技术服务*软件开发服务"),
    CLASSIFICATION_CODE(ERROR, "税收分类编码应为 19 位数字", "the tax classification code must be 19 digits"),
    // A warning, not an error: version-1 events cannot carry the code, and upcasting must not make every legacy
    // invoice invalid. The tax interface still has the last word and answers REJECTED if it cannot classify a line.
    CLASSIFICATION_CODE_MISSING(
            WARNING,
            "缺少税收分类编码（旧版接口不传此项），请核对商品对应的编码",
            "no tax classification code (the legacy version-1 form has none); check the item's code"),
    FIELD_TOO_LONG(ERROR, "长度 %s 个字符，超过上限 %s", "%s characters long, over the limit of %s"),
    GARBLED_TEXT(
            ERROR,
            "文字出现乱码（如 �、锟斤拷 或 åç¥ 这样的西文字母串），原文无法恢复，请在源系统按 UTF-8 重新导出",
            "garbled text (such as �, 锟斤拷 or runs like åç¥) that cannot be recovered; re-export it from the"
                    + " source system as UTF-8"),
    MISDECODED_TEXT(
            ERROR,
            "文字是按错误编码读取的 UTF-8（如把“发票”读成“鍙戠エ”），原文应为：%s",
            "UTF-8 text read in the wrong encoding (like 鍙戠エ for 发票); it should read: %s"),
    NEGATIVE_ON_BLUE(
            ERROR,
            "蓝字发票的金额不能为负数（折扣行除外）；冲减请开红字发票",
            "a blue invoice cannot carry negative amounts (except discount lines); issue a red-letter invoice to"
                    + " reverse one"),
    POSITIVE_ON_RED(ERROR, "红字发票的价税合计应为负数", "a red-letter invoice's grand total must be negative"),
    RED_WITHOUT_ORIGINAL(ERROR, "红字发票必须注明对应的蓝字发票号码", "a red-letter invoice must name the blue invoice it reverses"),
    RED_REASON(
            ERROR,
            "红冲原因无效：01 开票有误，02 销货退回，03 服务中止，04 销售折让",
            "invalid red-letter reason: 01 issued in error, 02 goods returned, 03 service stopped, 04 sales"
                    + " allowance"),
    DUPLICATE_LINE_NUMBER(ERROR, "行号 %s 重复", "line number %s appears more than once"),
    TOO_MANY_LINES(ERROR, "发票共 %s 行，超过上限 %s 行，请拆分开具", "the invoice has %s lines, more than the limit of %s; split it"),
    EVENT_TOO_LARGE(ERROR, "报文 %s 字节，超过上限 %s 字节", "the event is %s bytes, over the limit of %s"),
    EVENT_EMPTY(
            ERROR,
            "报文为空（墓碑消息）；提交发票请发送完整的事件",
            "the event is empty (a tombstone); to submit an invoice, send the whole event"),
    EVENT_MALFORMED(
            ERROR,
            "报文不是所需格式的 JSON（%s），请按事件的 JSON Schema 生成",
            "the event is not JSON of the expected shape (%s); produce it from the event's JSON Schema"),
    EVENT_TYPE(ERROR, "事件类型应为 %s，实际为 %s", "the eventType must be %s, was %s"),
    EVENT_VERSION(ERROR, "不支持 schemaVersion %s；支持的版本：%s", "schemaVersion %s is not supported; supported: %s"),
    EVENT_DECLARATION_SCOPE(
            ERROR,
            "声明须给出开票日期 day，或给出批次号 batchId 并列出该批次的发票号码 invoiceNumbers",
            "a declaration names its issue day, or a batchId together with the batch's invoiceNumbers"),
    EVENT_DECLARATION_COUNT(
            ERROR,
            "声明的张数不能为负，且须等于所列发票号码的个数；号码不能重复，一次最多 %s 个，更多请按批次拆分",
            "the declared count cannot be negative and must equal the number of listed invoice numbers; numbers"
                    + " appear once, at most %s per declaration (split larger ones into batches)"),
    EVENT_SOURCE_SELLER(
            ERROR,
            "来源 %s 未获准为该销售方提交发票：请从该销售方自己的 ERP 提交，或由运维在 fapiao.upload.source-bindings 中为该来源登记此销售方",
            "source %s may not submit invoices for this seller: submit from the seller's own ERP, or have operations"
                    + " bind the seller to the source in fapiao.upload.source-bindings");

    private final Severity severity;
    private final String zh;
    private final String en;

    Rule(Severity severity, String zh, String en) {
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    public Severity severity() {
        return severity;
    }

    /** This rule's finding about {@code field}, its messages filled in with {@code args}. */
    public Finding finding(String field, String suggestedFix, Object... args) {
        return new Finding(name(), severity, field, zh.formatted(args), en.formatted(args), suggestedFix);
    }
}

"""A host page's own words and noise never lead a report's excerpt (issue 18): told by what they
are (a site talking about itself, the document or the reader; a page's stamp; glyphs no word
can hold), so that sites never seen are read alike. Texts written for these tests."""

from __future__ import annotations

import re
import time

import pytest

from generator.enrich.chrome import strip_chrome
from generator.enrich.cleaning import excerpt
from generator.enrich.spamnoise import drop_noise
from generator.normalize import in_either_script

REPORT = ("光伏组件价格企稳，行业出清进入后半程。我们认为具备N型电池技术优势的一体化企业将率先恢复盈利，"
          "维持行业推荐评级。")


def test_a_doc_sharing_sites_blurb_goes_to_its_sentence_end_across_the_bars_of_its_title() -> None:
    text = ("《光伏行业2024年中期策略.pdf》由会员分享,可在线阅读,更多相关《光伏行业2024年中期策略.pdf(32页珍藏版)》"
            "请在某某文库网|建筑图纸下载|施工方案模板|标书范文分享下载上搜索。\n" + REPORT)
    assert excerpt(text, title="光伏行业2024年中期策略").startswith("光伏组件价格企稳")


def test_a_sites_notices_on_downloads_refunds_and_the_readers_rights_are_no_lede() -> None:
    text = ("光伏行业中期策略\n- 1、下载文档前请自行核对内容是否完整,本站不提供编辑服务。\n"
            "- 2、仅部分预览的文档,如有缺页可申请退款。\n- 3、如文档侵犯您的权益,请联系客服处理。\n导读:\n" + REPORT)
    assert excerpt(text).startswith("光伏组件价格企稳")


def test_a_content_farms_lines_to_its_readers_and_a_clipboard_header_are_no_lede() -> None:
    text = ("光伏行业中期策略「光伏龙头」\n互联网 2024-07-02 09:15:31\n"
            "今天给大家普及一下光伏行业中期策略相关知识,最近很多在问光伏龙头,希望能帮助到您。\n"
            "Version:1.0 StartHTML:000000211 EndHTML:000051234 StartFragment:000000247 "
            "EndFragment:000051198 SourceURL:https://example.com/a?b=1\n" + REPORT)
    assert excerpt(text).startswith("光伏组件价格企稳")


def test_breadcrumbs_a_pages_stamp_and_a_symbol_fonts_bullet_are_no_lede() -> None:
    text = ("首页>>行业资讯>光伏行业中期策略\n光伏行业中期策略\n佚名 行业资讯 2024-07-02 09:15:31 268\n"
            "Ø " + REPORT)
    assert excerpt(text).startswith("光伏组件价格企稳")


def test_glyphs_injected_between_cjk_characters_go_and_the_summary_heading_is_read() -> None:
    text = "光ੑ伏周报\n核心η观◘点:\n光伏组件价格企稳,行业出清进入后半Υ程。我们认为具备N型电池技术优势的一体化企å业将率先恢复盈利。"
    assert excerpt(text) == "光伏组件价格企稳,行业出清进入后半程。我们认为具备N型电池技术优势的一体化企业将率先恢复盈利。"


def test_real_greek_letters_arrows_and_repetition_survive() -> None:
    text = "量化策略的α收益继续扩大,高β品种表现占优,人人都在讨论2020-2020年的回测,需求→价格的传导约需±2个月。"
    assert drop_noise(text) == text
    assert strip_chrome(text) == text


def test_a_keyword_a_spam_page_repeats_at_line_starts_and_its_emoji_go() -> None:
    text = ("财运八字  来源:某某证券\n财运八字  投资要点\n"
            "财运八字  光伏组件价格企稳,行业出清进入后半程(🎉)。我们认为一体化企业将率先恢复盈利,维持行业推荐评级。\n"
            "财运八字  风险提示:需求不及预期。\n")
    assert excerpt(text).startswith("光伏组件价格企稳,行业出清进入后半程。")


def test_a_hosts_teaser_copying_the_texts_start_cut_off_goes() -> None:
    body = "光伏组件价格企稳,行业出清进入后半程,我们认为具备N型电池技术优势的一体化企业将率先恢复盈利,维持行业推荐评级。"
    text = "光伏行业中期策略\n分享到:\n核心提示: " + body[:48] + "\n\n" + body + "\n"
    assert excerpt(text).startswith(body)


def test_a_numbered_points_topic_is_a_heading_the_lede_starts_after() -> None:
    text = ("光伏周报:组件价格企稳\n\n1、供需方面:光伏组件价格企稳,行业出清进入后半程,头部企业开工率回升至七成。"
            "我们认为一体化企业将率先恢复盈利。\n")
    assert excerpt(text).startswith("光伏组件价格企稳")


def test_a_long_noised_page_costs_little() -> None:
    text = ("您所在的位置:首页 > 资讯\n财运八字  核心η观◘点:光伏组件价格企稳(🎉)。\n" * 2000)[:100_000]
    started = time.process_time()
    strip_chrome(text)
    assert time.process_time() - started < 0.2


def test_a_sites_words_in_traditional_script_go_too() -> None:
    text = "本文來自某某網。\n瀏覽次數：1024\n光伏組件價格企穩,行業出清進入後半程,我們認為一體化企業將率先恢復盈利,維持行業推薦評級。"
    assert excerpt(text).startswith("光伏組件價格企穩")


def test_a_sites_navigation_counters_and_tags_go_and_a_sentence_on_payments_or_downloads_stays() -> None:
    text = "首页 | 研报 | 数据\n作者：张三 3小时前 1024人阅读\n标签：宏观 策略\n核心观点:需求回暖。"
    assert strip_chrome(text).endswith("\n核心观点:需求回暖。") and "阅读" not in strip_chrome(text)
    for sentence in ("扫码支付渗透率持续提升,带动收单业务增长。", "游戏下载后的次日留存率为45%。",
                     "数字阅读平台的在线阅读用户达5.3亿。"):
        assert strip_chrome(sentence) == sentence


@pytest.mark.parametrize("line", [
    "本文为某某网原创文章，转载请注明出处。",
    "今天为大家带来一份光伏行业的深度报告，一起来看。",
    "我们精选了近期热门研报，每日更新。",
    "本篇内容为研报精读，完整版请见文末。",
    "如需完整报告，可添加小助手微信获取。",
])
def test_a_pages_sentences_about_itself_or_the_whole_document_are_no_lede(line: str) -> None:
    assert excerpt(line + "\n" + REPORT).startswith("光伏组件价格企稳")


def test_glyphs_injected_next_to_digits_and_chinese_marks_go_and_a_brands_or_a_units_stay() -> None:
    assert drop_noise("高通胀在3ੑ季度持续，全面◐，核心观点：◘基准情形") == "高通胀在3季度持续，全面，核心观点：基准情形"
    for kept in ("Moët轩尼诗在华销量增长", "5Å分子筛需求旺盛", "Crème系列新品上市"):
        assert drop_noise(kept) == kept


@pytest.mark.parametrize("sentence", [
    "从估值看，当前位置具备配置价值。", "空调为大家电第一大品类，和大家居龙头一同受益于以旧换新。",
    "用户开通会员比例提升至18%。", "公司推出AI小助手功能，日活用户突破千万。", "超过1亿人看过该剧，单日300万次下载。",
    "退货费用由用户承担，消费者申请退款率下降。", "WPS支持多种文档格式，该文档显示政策力度加大。",
])
def test_what_a_report_says_of_markets_users_and_apps_in_a_sites_words_stays(sentence: str) -> None:
    assert strip_chrome(sentence) == sentence


def test_a_summary_line_cut_by_the_layout_that_the_body_repeats_pages_later_stays() -> None:
    first = "核心观点：一季度各项经济指标显示国内经济复苏进程好于预期，消费与服务业修复明显快于制造业，综合分析"
    text = (first + "\n国内外经济形势，我们预计全年GDP增速在5.5%左右。\n" + "正文图表与数据说明。" * 50
            + "\n一季度各项经济指标显示国内经济复苏进程好于预期，消费与服务业修复明显快于制造业。\n")
    assert strip_chrome(text).startswith(first)


def test_a_numbered_statement_with_figures_before_its_colon_is_no_topic() -> None:
    text = "公司点评\n\n1、公司发布2023年年报：营收同比增长20%，归母净利润同比增长35%，业绩超出市场预期，盈利能力显著提升。\n"
    assert excerpt(text).startswith("公司发布2023年年报：")


def test_a_choice_of_simplified_words_is_written_to_match_both_scripts() -> None:
    pattern = re.compile(in_either_script("下载文档|浏览人数"))
    assert [m.group(0) for m in pattern.finditer("下载文档 下載文檔 瀏覽人數 浏览人次")] == ["下载文档", "下載文檔", "瀏覽人數"]


def test_a_badge_on_the_line_of_the_summarys_heading_goes_and_the_summary_stays() -> None:
    text = "某某策略展望-20231120-某某证券-36页VIP专享VIP免费 核心观点：明年盈利有望修复，消费与科技主线占优，估值处于历史低位区间。"
    assert excerpt(text).startswith("明年盈利有望修复")


def test_a_news_wires_credit_or_dateline_opening_the_story_is_no_part_of_it() -> None:
    """`证券时报网讯,`, `本报讯`, `新华社北京9月1日电`: the wire's words before the story's first."""
    story = "首创证券研报指出,民航局预计中秋国庆假期将有2100万名旅客乘机出行,预计保障航班13.7万班。"
    for credit in ("证券时报网讯,", "本报讯 ", "新华社北京9月1日电 ", "财联社9月1日讯,"):
        assert excerpt(credit + story).startswith("首创证券研报指出")


def test_a_reposts_source_note_in_brackets_is_no_part_of_the_text() -> None:
    """`(转自:西部证券研究发展中心)` on the line before the text: where the host took it from."""
    text = ("(转自:西部证券研究发展中心)\nVS 海外成熟期高护城河公司,长牛路径如何实现。从资产性质、经营模式上看,海外高护城河公司,"
            "在成熟期业绩股价的复利表现有望为茅台所借鉴。")
    assert excerpt(text).startswith("VS")


def test_a_symbol_fonts_bullet_read_as_a_letter_before_an_items_heading_is_a_bullet() -> None:
    """Wingdings' square bullet comes out of a PDF as `n` (its disc as `l`): before an item's heading and its
    colon, after the Chinese text, it is no letter of the item's."""
    text = ("投资要点 n 板块涨跌幅:本周交运板块上涨1.3%,表现优于大盘。行业细分板块中涨幅前三的分别为公交指数(17.6%)、"
            "铁路指数(3.9%)。n 航空:日均执飞航班量、平均飞机利用率周环比增减不一。")
    assert excerpt(text).startswith("板块涨跌幅:本周") or excerpt(text).startswith("本周交运板块")
    assert strip_chrome("第 n 个交易日后,指数回到原点。") == "第 n 个交易日后,指数回到原点。"


def test_a_quote_mark_left_before_a_paragraph_and_never_closed_goes() -> None:
    text = "'建议关注高镍三元龙头当升科技。补贴退坡大环境下,产业链价格承压,出货海外的高端产品有望支撑公司毛利率。"
    assert excerpt(text).startswith("建议关注")
    assert strip_chrome("'十四五'期间,行业将加快整合。") == "'十四五'期间,行业将加快整合。"

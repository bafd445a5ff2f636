package com.motstudio.ui.setup;

import com.motstudio.model.Branding;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Monitoring;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/** A filled-in setup for a government service hall's counter workshop, as a facilitator would enter it. */
final class SampleWorkshops {
    private SampleWorkshops() {}

    static Workshop counterServiceChinese() {
        List<ParticipantGroup> groups = List.of(new ParticipantGroup("grp-1", "第一组"),
                new ParticipantGroup("grp-2", "第二组"), new ParticipantGroup("grp-3", "第三组"));
        List<Participant> people = List.of(
                new Participant("ppl-1", "李明", "grp-1", "综合窗口负责人"),
                new Participant("ppl-2", "张芳", "grp-1", "综合窗口受理员"),
                new Participant("ppl-3", "陈伟", "grp-2", "审批科科长"),
                new Participant("ppl-4", "刘洋", "grp-3", "大厅导办员"),
                new Participant("ppl-5", "赵静", "", "效能督查室"));
        WorkshopInfo info = new WorkshopInfo("东湖区政务服务中心窗口服务关键时刻工作坊", "东湖区政务服务中心", "government",
                "王晓敏", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), "zh-CN", people, groups,
                "地点：三楼培训室\n第一天：客户旅程与情绪曲线\n第二天：关键时刻、服务标准与改进行动",
                new Branding("image/png", logo(), "#C0392B"));
        List<CustomerType> types = List.of(
                new CustomerType("ct-1", CustomerKind.EXTERNAL, "现场办事群众", "来大厅办理社保、公积金、不动产登记的市民"),
                new CustomerType("ct-2", CustomerKind.INTERNAL, "窗口工作人员", "依赖后台及时审批和系统稳定"),
                new CustomerType("ct-3", CustomerKind.PARTNER_DEPARTMENT, "审批科室", "负责后台审核，决定能否按时办结"));
        List<CustomerTier> tiers = List.of(
                new CustomerTier("tier-1", "企业开办与重点项目", 1, 20.0, 80.0, "新开办企业、重点招商项目单位"),
                new CustomerTier("tier-2", "日常个人事项", 2, 80.0, 20.0, "社保、医保、公积金等个人业务"));
        return new Workshop(info, types, tiers, Journey.empty(), KeyMoments.empty(), Plan.empty(), Monitoring.empty());
    }

    static Workshop counterServiceEnglish() {
        List<ParticipantGroup> groups = List.of(new ParticipantGroup("grp-1", "Table 1"), new ParticipantGroup("grp-2", "Table 2"));
        List<Participant> people = List.of(
                new Participant("ppl-1", "Li Ming", "grp-1", "Counter team lead"),
                new Participant("ppl-2", "Zhang Fang", "grp-1", "Front desk officer"),
                new Participant("ppl-3", "Chen Wei", "grp-2", "Head of approvals"),
                new Participant("ppl-4", "Sarah Miller", "", "Service quality auditor"));
        WorkshopInfo info = new WorkshopInfo("Counter service moments of truth", "Donghu District Service Centre", "government",
                "Wang Xiaomin", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), "en", people, groups,
                "Room 301. Day 1: journey and emotion curve. Day 2: moments of truth, standards and actions.",
                new Branding("image/png", logo(), "#1F6FEB"));
        List<CustomerType> types = List.of(
                new CustomerType("ct-1", CustomerKind.EXTERNAL, "Citizens at the counter", "Residents applying for permits and benefits in person"),
                new CustomerType("ct-2", CustomerKind.PARTNER_DEPARTMENT, "Approvals office", "Reviews applications and decides whether deadlines are met"));
        List<CustomerTier> tiers = List.of(
                new CustomerTier("tier-1", "New businesses", 1, 15.0, 70.0, "Company registration and priority projects"),
                new CustomerTier("tier-2", "Everyday personal matters", 2, 85.0, 30.0, ""));
        return new Workshop(info, types, tiers, Journey.empty(), KeyMoments.empty(), Plan.empty(), Monitoring.empty());
    }

    /** A small drawn emblem standing in for a client's logo. */
    static String logo() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xC0392B));
        g.fillOval(10, 10, 100, 100);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10));
        g.drawArc(30, 30, 60, 60, 30, 300);
        g.setColor(new Color(0x333333));
        g.fillRect(125, 35, 100, 14);
        g.fillRect(125, 60, 80, 10);
        g.fillRect(125, 80, 90, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}

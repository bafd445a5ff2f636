import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws MOT Studio's app icon at the sizes given: a journey's emotion curve over three stage
 * columns, its moment of truth (the lowest point) ringed in amber. Run by make-icons.sh:
 * {@code java MakeIcon.java OUT_DIR 16 32 48 ...} writes OUT_DIR/mot-studio-SIZE.png.
 * Drawn on a 1024 grid and scaled, so every size is rendered, not resampled.
 */
public final class MakeIcon {
    public static void main(String[] args) throws IOException {
        File dir = new File(args[0]);
        dir.mkdirs();
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            ImageIO.write(draw(size), "png", new File(dir, "mot-studio-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 1024.0, size / 1024.0);
        boolean tiny = size <= 24;   // small sizes drop the columns so the curve stays readable
        double inset = tiny ? 0 : 40;
        double corner = tiny ? 180 : 210;
        g.setPaint(new GradientPaint(0, 0, new Color(0x3575E0), 0, 1024, new Color(0x17408F)));
        g.fill(new RoundRectangle2D.Double(inset, inset, 1024 - 2 * inset, 1024 - 2 * inset, corner * 2, corner * 2));
        if (!tiny) {
            g.setColor(new Color(255, 255, 255, 38));
            for (int column = 0; column < 3; column++) {
                g.fill(new RoundRectangle2D.Double(150 + column * 262, 200, 200, 624, 72, 72));
            }
        }
        Path2D curve = new Path2D.Double();
        curve.moveTo(170, 380);
        curve.curveTo(300, 300, 370, 700, 512, 690);
        curve.curveTo(650, 680, 700, 330, 860, 290);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(tiny ? 90 : 60, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        Color amber = new Color(0xFFB020);
        g.setColor(amber);
        g.setStroke(new BasicStroke(tiny ? 60 : 42));
        double ring = tiny ? 120 : 100;
        g.draw(new Ellipse2D.Double(512 - ring, 690 - ring, 2 * ring, 2 * ring));
        double dot = tiny ? 60 : 48;
        g.fill(new Ellipse2D.Double(512 - dot, 690 - dot, 2 * dot, 2 * dot));
        g.dispose();
        return image;
    }
}

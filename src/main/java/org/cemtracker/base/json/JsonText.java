package org.cemtracker.base.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.cemtracker.base.StoredText;

/** Every text of a body, field names included, checked as {@link StoredText} would store it. */
final class JsonText {

  private JsonText() {}

  static void check(JsonNode tree) {
    check(tree, "");
  }

  private static void check(JsonNode node, String at) {
    if (node.isTextual()) {
      String wrong = StoredText.wrong(node.textValue());
      if (wrong != null) {
        throw JsonRefusals.refuse(JsonRefusals.field(at), wrong);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), at + "[" + i + "]");
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        String wrong = StoredText.wrong(field.getKey());
        if (wrong != null) {
          throw JsonRefusals.refuse(JsonRefusals.field(visible(name)), "the field name " + wrong);
        }
        check(field.getValue(), name);
      }
    }
  }

  /** A field name fit to be shown: its control characters written as escapes. */
  private static String visible(String name) {
    StringBuilder out = new StringBuilder();
    name.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c == 0x7f
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)));
    return out.toString();
  }
}

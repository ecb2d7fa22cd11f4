// Deserialize every example with the model class openapi-generator's Java `native` client generated
// for its schema, through the client's own configured ObjectMapper (org.openapitools.client.JSON).
// Usage: java CheckExamples <examples.json>; prints {"checked": n, "no_model": [...]} or fails (exit 1).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

public final class CheckExamples {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new org.openapitools.client.JSON().getMapper();
        JsonNode examples = new ObjectMapper().readTree(new File(args[0]));
        List<String> failures = new ArrayList<>();
        TreeSet<String> noModel = new TreeSet<>();
        int checked = 0;
        for (JsonNode example : examples) {
            String schema = example.get("schema").asText();
            String pointer = example.get("pointer").asText();
            Class<?> model;
            try {
                model = Class.forName("org.openapitools.client.model." + schema);
            } catch (ClassNotFoundException missing) {
                if ("object".equals(example.get("kind").asText())) {
                    failures.add(pointer + ": no model class " + schema);
                } else {
                    noModel.add(schema);
                }
                continue;
            }
            try {
                Object parsed = mapper.readValue(mapper.writeValueAsString(example.get("value")), model);
                if (parsed == null) {
                    failures.add(pointer + ": " + schema + " deserialized it to null");
                    continue;
                }
            } catch (Exception error) {
                String message = String.valueOf(error.getMessage()).split("\n")[0];
                failures.add(pointer + ": " + schema + ": " + error.getClass().getSimpleName() + ": " + message);
                continue;
            }
            checked++;
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.err.println(failures.size() + " of " + examples.size() + " examples failed");
            System.exit(1);
        }
        StringBuilder names = new StringBuilder();
        for (String name : noModel) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(name).append('"');
        }
        System.out.println("{\"checked\": " + checked + ", \"no_model\": [" + names + "]}");
    }
}
